package org.mediation.resource.integration.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes the event store to Kafka: a tracking processor whose token only advances once Kafka acknowledged the
 * record (synchronous, idempotent producer with acks=all). The event store is the outbox.
 */
@Component
@ProcessingGroup(KafkaPublisher.PROCESSING_GROUP)
class KafkaPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    static final String BINDING = "resourceEvents-out-0";
    static final String TOPIC = "resource-events";
    static final String OPERATION = "The resource story as CloudEvents 1.0 (structured JSON, content-type "
            + "application/cloudevents+json), record key = resource id; the payload shown is the CloudEvent data.";

    private final PublishedEventTranslator translator;
    private final StreamBridge streamBridge;
    private final ObjectMapper json;

    KafkaPublisher(PublishedEventTranslator translator, StreamBridge streamBridge, ObjectMapper json) {
        this.translator = translator;
        this.streamBridge = streamBridge;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        var published = translator.translate(payload);
        if (published.isPresent()) {
            send(CloudEvent.of(message.getIdentifier(), message.getTimestamp(), published.get()));
        }
    }

    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ResourceDescribedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourcePublished.v1",
                                            messageId = "resource.ResourcePublished.v1",
                                            description = "A regional team published a resource.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ResourceDescribedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourceRevised.v1",
                                            messageId = "resource.ResourceRevised.v1",
                                            description =
                                                    "The origin region revised a resource (whole new description).",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ResourceRefV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourceWithdrawn.v1",
                                            messageId = "resource.ResourceWithdrawn.v1",
                                            description =
                                                    "The origin region withdrew a resource: it leaves the stands of later days.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ResourceRefV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourceShared.v1",
                                            messageId = "resource.ResourceShared.v1",
                                            description =
                                                    "The origin region shared a resource nationally: every region may offer it.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description =
                                    "A regional team offers the resource at the stand of one of its regional days.",
                            payloadType = ResourceOfferedAtStandV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourceOfferedAtStand.v1",
                                            messageId = "resource.ResourceOfferedAtStand.v1",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description =
                                    "A participant took or asked for the resource at a stand (registrationId may be null).",
                            payloadType = ResourceRequestedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource.ResourceRequested.v1",
                                            messageId = "resource.ResourceRequested.v1",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @KafkaAsyncOperationBinding
    void send(CloudEvent event) throws JsonProcessingException {
        Message<byte[]> record = MessageBuilder.withPayload(json.writeValueAsBytes(event))
                .setHeader(KafkaHeaders.KEY, event.subject())
                .setHeader("content-type", CloudEvent.CONTENT_TYPE)
                .setHeader("contentType", CloudEvent.CONTENT_TYPE)
                .build();
        if (!streamBridge.send(BINDING, record)) {
            throw new IllegalStateException("Kafka did not accept event " + event.id());
        }
    }
}
