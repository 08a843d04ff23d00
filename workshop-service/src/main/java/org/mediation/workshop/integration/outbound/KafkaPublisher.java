package org.mediation.workshop.integration.outbound;

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
    static final String BINDING = "workshopEvents-out-0";
    static final String TOPIC = "workshop-events";

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
                            description = "Every change of a workshop as a CloudEvent 1.0 in structured JSON mode,"
                                    + " record key = subject = workshop id. Types (all .v1): workshop.WorkshopPlanned,"
                                    + " FacilitatorAssigned, SpeakerAdded, RapporteurAssigned, ParticipantEnrolled,"
                                    + " ParticipantUnenrolled, ContributionRecorded, ContributionAmended,"
                                    + " ContributionWithdrawn, ReportSubmitted, ReportReopened, ReportPublished; the"
                                    + " shape of each data is pinned in docs/contracts/workshop-events/.",
                            payloadType = CloudEvent.class,
                            message =
                                    @AsyncMessage(contentType = CloudEvent.CONTENT_TYPE, name = "WorkshopCloudEvent")))
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
