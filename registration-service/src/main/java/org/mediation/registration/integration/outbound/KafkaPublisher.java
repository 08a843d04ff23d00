package org.mediation.registration.integration.outbound;

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
 * record (synchronous, idempotent producer with acks=all). The event store is the outbox. The annotations describe
 * the topic for the AsyncAPI document served by Springwolf ({@code /springwolf/docs}).
 */
@Component
@ProcessingGroup(KafkaPublisher.PROCESSING_GROUP)
class KafkaPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    static final String BINDING = "registrationEvents-out-0";
    static final String TOPIC = "registration-events";
    static final String ENVELOPE = "CloudEvents 1.0 in structured JSON mode (specversion, id = Axon event id, source"
            + " /registration, type, subject = regional day id, time, datacontenttype, data); the payload shown is"
            + " its data. Record key = regional day id.";

    private final PublishedEventTranslator translator;
    private final StreamBridge streamBridge;

    KafkaPublisher(PublishedEventTranslator translator, StreamBridge streamBridge) {
        this.translator = translator;
        this.streamBridge = streamBridge;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        translator
                .translate(payload)
                .ifPresent(
                        published -> send(CloudEvent.of(message.getIdentifier(), message.getTimestamp(), published)));
    }

    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = RegionalDayScheduledV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegionalDayScheduled.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description =
                                                    "A regional day was scheduled (region, title, date, venue, capacity).")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = RegionalDayRefV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegistrationOpened.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "Registration opened for the regional day.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = RegionalDayRefV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegistrationClosed.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "Registration closed for the regional day.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = CapacityChangedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.CapacityChanged.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description =
                                                    "The regional day's capacity changed; promotions follow as their own events.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = ParticipantRegisteredV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.ParticipantRegistered.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description =
                                                    "A participant registered, CONFIRMED or WAITLISTED; no name or email.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = ParticipantWaitlistedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.ParticipantWaitlisted.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "A registration joined the waitlist at a 1-based position.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = WaitlistedParticipantPromotedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.WaitlistedParticipantPromoted.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "The earliest waitlisted registration took a free seat.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = RegistrationCancelledV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegistrationCancelled.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "A confirmed or waitlisted registration was cancelled.")))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = ENVELOPE,
                            payloadType = ParticipantCheckedInV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.ParticipantCheckedIn.v1",
                                            contentType = CloudEvent.CONTENT_TYPE,
                                            description = "A confirmed participant checked in (once).")))
    @KafkaAsyncOperationBinding(
            messageBinding =
                    @KafkaAsyncOperationBinding.KafkaAsyncMessageBinding(
                            key =
                                    @KafkaAsyncOperationBinding.KafkaAsyncKey(
                                            description = "the regional day id",
                                            example = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60")))
    void send(CloudEvent event) {
        Message<byte[]> record = MessageBuilder.withPayload(CloudEventJson.write(event))
                .setHeader(KafkaHeaders.KEY, event.subject())
                .setHeader("content-type", CloudEvent.CONTENT_TYPE)
                .setHeader("contentType", CloudEvent.CONTENT_TYPE)
                .build();
        if (!streamBridge.send(BINDING, record)) {
            throw new IllegalStateException("Kafka did not accept event " + event.id());
        }
    }
}
