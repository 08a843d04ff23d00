package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.Inbox;
import org.mediation.workshop.regionalday.query.RegionalDayCopy;
import org.mediation.workshop.workshop.api.UnenrolParticipant;
import org.mediation.workshop.workshop.api.UnenrolmentReason;
import org.springframework.stereotype.Component;

/**
 * Turns the registration context's CloudEvents into this service's copy of days and registrations, and a cancellation
 * into commands that unenrol the registration from its workshops. A day whose region would change, and events of an
 * erased registration, are not applied ({@link RegionalDayCopy}). The records of a poll come together; each CloudEvent
 * id is applied once (one lookup and one write to the inbox per batch), and the writes are idempotent anyway, so a
 * crash between applying and remembering is harmless.
 */
@Component
class RegistrationEventsHandler {

    static final String TOPIC = "registration-events";

    private final ObjectMapper json;
    private final Inbox inbox;
    private final RegionalDayCopy copy;
    private final CommandGateway commands;

    RegistrationEventsHandler(ObjectMapper json, Inbox inbox, RegionalDayCopy copy, CommandGateway commands) {
        this.json = json;
        this.inbox = inbox;
        this.copy = copy;
        this.commands = commands;
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegionalDayScheduledData.class,
            message = @AsyncMessage(messageId = RegionalDayScheduledData.TYPE, name = RegionalDayScheduledData.TYPE, description = "The day becomes known here, with its date and venue (the programme's).")))
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.REGISTERED, name = RegistrationData.REGISTERED, description = "CONFIRMED: may be enrolled.")))
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.REGISTERED_V2, name = RegistrationData.REGISTERED_V2, description = "As v1 (v2 has no organisation): CONFIRMED may be enrolled.")))
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.PROMOTED, name = RegistrationData.PROMOTED, description = "Now confirmed.")))
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.CANCELLED, name = RegistrationData.CANCELLED, description = "Unenrolled from its workshops.")))
    @AsyncListener(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.ERASED, name = RegistrationData.ERASED, description = "The link to the registration is dropped, a tombstone kept so no later event brings it back; counts stay.")))
    @KafkaAsyncOperationBinding(groupId = "workshop-service")
    // spotless:on
    void handle(List<InboundCloudEvent> events) {
        inbox.onceEach(events, event -> apply(event.type(), event.data()));
    }

    private void apply(String type, JsonNode data) throws JsonProcessingException {
        switch (type) {
            case RegionalDayScheduledData.TYPE -> {
                RegionalDayScheduledData day = json.treeToValue(data, RegionalDayScheduledData.class);
                copy.dayScheduled(day.regionalDayId(), day.region(), day.date(), day.venue());
            }
            case RegistrationData.REGISTERED, RegistrationData.REGISTERED_V2 ->
                registered(json.treeToValue(data, RegistrationData.class));
            case RegistrationData.PROMOTED -> {
                RegistrationData promoted = json.treeToValue(data, RegistrationData.class);
                copy.registrationConfirmed(promoted.regionalDayId(), promoted.registrationId());
            }
            case RegistrationData.CANCELLED -> cancelled(json.treeToValue(data, RegistrationData.class));
            case RegistrationData.ERASED ->
                copy.registrationErased(
                        json.treeToValue(data, RegistrationData.class).registrationId());
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
