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
    static final String OPERATION =
            "A CloudEvent 1.0 in structured JSON mode (content-type application/cloudevents+json),"
                    + " source /workshop, record key = subject = workshop id; the payload shown is its data. Exact samples:"
                    + " docs/contracts/workshop-events/.";

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
                            payloadType = WorkshopPlannedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.WorkshopPlanned.v1",
                                            messageId = "workshop.WorkshopPlanned.v1",
                                            description =
                                                    "A regional team planned a workshop for one of its regional days.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = PersonV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.FacilitatorAssigned.v1",
                                            messageId = "workshop.FacilitatorAssigned.v1",
                                            description = "A co-facilitator (name, organisation) was assigned.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = PersonV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.SpeakerAdded.v1",
                                            messageId = "workshop.SpeakerAdded.v1",
                                            description = "A speaker (name, organisation) was added.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = RapporteurAssignedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.RapporteurAssigned.v1",
                                            messageId = "workshop.RapporteurAssigned.v1",
                                            description = "The rapporteur (user id, name) was assigned or replaced.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ParticipantEnrolledV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ParticipantEnrolled.v1",
                                            messageId = "workshop.ParticipantEnrolled.v1",
                                            description = "A confirmed registration of the day was enrolled.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ParticipantUnenrolledV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ParticipantUnenrolled.v1",
                                            messageId = "workshop.ParticipantUnenrolled.v1",
                                            description =
                                                    "A registration left the workshop (reason REGISTRATION_CANCELLED).",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ContributionV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ContributionRecorded.v1",
                                            messageId = "workshop.ContributionRecorded.v1",
                                            description =
                                                    "The rapporteur recorded a contribution under a stable contribution id.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ContributionV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ContributionAmended.v1",
                                            messageId = "workshop.ContributionAmended.v1",
                                            description =
                                                    "A draft contribution was amended: the whole new contribution, same id.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ContributionWithdrawnV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ContributionWithdrawn.v1",
                                            messageId = "workshop.ContributionWithdrawn.v1",
                                            description = "A draft contribution was withdrawn.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ReportSubmittedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ReportSubmitted.v1",
                                            messageId = "workshop.ReportSubmitted.v1",
                                            description = "The report was submitted with that many live contributions.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = ReportReopenedV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ReportReopened.v1",
                                            messageId = "workshop.ReportReopened.v1",
                                            description =
                                                    "The regional team sent the submitted report back to draft, with a reason.",
                                            contentType = CloudEvent.CONTENT_TYPE)))
    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = WorkshopRefV1.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop.ReportPublished.v1",
                                            messageId = "workshop.ReportPublished.v1",
                                            description = "The regional team published the report: it is frozen.",
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
