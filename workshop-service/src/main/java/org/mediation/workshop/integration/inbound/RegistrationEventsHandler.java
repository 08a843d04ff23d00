package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.io.IOException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.workshop.regionalday.query.RegionalDayCopy;
import org.mediation.workshop.workshop.api.UnenrolParticipant;
import org.mediation.workshop.workshop.api.UnenrolmentReason;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Turns the registration context's CloudEvents into this service's copy of days and registrations, and a cancellation
 * into commands that unenrol the registration from its workshops. Each CloudEvent id is applied once; the writes are
 * idempotent anyway, so a crash between applying and remembering is harmless.
 */
@Component
class RegistrationEventsHandler {

    static final String TOPIC = "registration-events";
    static final String OPERATION = "Read by consumer group workshop-service: a CloudEvent whose data (the payload"
            + " shown, only the fields read) builds this service's copy; other registration types are ignored.";
    static final String DAY_SCHEDULED = "registration.RegionalDayScheduled.v1";
    static final String PARTICIPANT_REGISTERED = "registration.ParticipantRegistered.v1";
    static final String PARTICIPANT_PROMOTED = "registration.WaitlistedParticipantPromoted.v1";
    static final String REGISTRATION_CANCELLED = "registration.RegistrationCancelled.v1";

    private final ObjectMapper json;
    private final CloudEventReader reader;
    private final ProcessedEvents processed;
    private final RegionalDayCopy copy;
    private final CommandGateway commands;

    RegistrationEventsHandler(
            ObjectMapper json,
            CloudEventReader reader,
            ProcessedEvents processed,
            RegionalDayCopy copy,
            CommandGateway commands) {
        this.json = json;
        this.reader = reader;
        this.processed = processed;
        this.copy = copy;
        this.commands = commands;
    }

    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = RegionalDayScheduledData.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegionalDayScheduled.v1",
                                            messageId = "registration.RegionalDayScheduled.v1",
                                            description = "The regional day becomes known here, with its region.",
                                            contentType = "application/cloudevents+json")))
    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = RegistrationData.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.ParticipantRegistered.v1",
                                            messageId = "registration.ParticipantRegistered.v1",
                                            description =
                                                    "CONFIRMED: the registration may be enrolled in the day's workshops; WAITLISTED: not yet.",
                                            contentType = "application/cloudevents+json")))
    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = RegistrationData.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.WaitlistedParticipantPromoted.v1",
                                            messageId = "registration.WaitlistedParticipantPromoted.v1",
                                            description = "The registration is now confirmed.",
                                            contentType = "application/cloudevents+json")))
    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = TOPIC,
                            description = OPERATION,
                            payloadType = RegistrationData.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration.RegistrationCancelled.v1",
                                            messageId = "registration.RegistrationCancelled.v1",
                                            description =
                                                    "No longer confirmed: the registration is unenrolled from its workshops.",
                                            contentType = "application/cloudevents+json")))
    @KafkaAsyncOperationBinding(groupId = "workshop-service")
    void handle(Message<byte[]> message) throws IOException {
        InboundCloudEvent event = reader.read(message);
        if (processed.contains(event.id())) {
            return;
        }
        apply(event.type(), event.data());
        processed.remember(event.id());
    }

    private void apply(String type, JsonNode data) throws JsonProcessingException {
        switch (type) {
            case DAY_SCHEDULED -> {
                RegionalDayScheduledData day = json.treeToValue(data, RegionalDayScheduledData.class);
                copy.dayScheduled(day.regionalDayId(), day.region());
            }
            case PARTICIPANT_REGISTERED -> registered(json.treeToValue(data, RegistrationData.class));
            case PARTICIPANT_PROMOTED -> {
                RegistrationData promoted = json.treeToValue(data, RegistrationData.class);
                copy.registrationConfirmed(promoted.regionalDayId(), promoted.registrationId());
            }
            case REGISTRATION_CANCELLED -> cancelled(json.treeToValue(data, RegistrationData.class));
            default -> {
                // other registration events carry nothing this service needs
            }
        }
    }

    private void registered(RegistrationData registration) {
        if ("CONFIRMED".equals(registration.status())) {
            copy.registrationConfirmed(registration.regionalDayId(), registration.registrationId());
        } else {
            copy.registrationWaitlisted(registration.regionalDayId(), registration.registrationId());
        }
    }

    private void cancelled(RegistrationData registration) {
        for (String workshopId :
                copy.registrationCancelled(registration.regionalDayId(), registration.registrationId())) {
            commands.sendAndWait(new UnenrolParticipant(
                    workshopId, registration.registrationId(), UnenrolmentReason.REGISTRATION_CANCELLED));
        }
    }
}
