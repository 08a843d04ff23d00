package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.io.IOException;
import java.util.List;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.Inbox;
import org.mediation.resource.stand.query.KnownRegionalDay;
import org.mediation.resource.stand.query.KnownRegionalDays;
import org.mediation.resource.stand.query.KnownRegistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Learns regional days and their registrations from {@code registration-events}: a scheduled day becomes (or
 * refreshes) this service's copy, a registration (v1 or v2) becomes known, a cancellation or an erasure forgets it.
 * Other types are ignored; an event id seen before is skipped (the writes are upserts anyway, so an event applied
 * twice after a crash is harmless); a record that cannot be read, or that would move a day to another region, fails
 * and goes to the dead-letter topic.
 */
@Component
class RegistrationEventHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistrationEventHandler.class);

    private final ObjectMapper json;
    private final KnownRegionalDays days;
    private final KnownRegistrations registrations;
    private final Inbox inbox;

    RegistrationEventHandler(ObjectMapper json, KnownRegionalDays days, KnownRegistrations registrations, Inbox inbox) {
        this.json = json;
        this.days = days;
        this.registrations = registrations;
        this.inbox = inbox;
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "Learns regional days (id, region, date); a known day never moves to another region (dead-lettered).", payloadType = RegionalDayScheduledV1.class,
            message = @AsyncMessage(messageId = RegionalDayScheduledV1.TYPE, name = RegionalDayScheduledV1.TYPE)))
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "The registration becomes one a stand request may name.", payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.REGISTERED_V2, name = RegistrationData.REGISTERED_V2)))
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "Read as v2 (organisation ignored).", payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.REGISTERED_V1, name = RegistrationData.REGISTERED_V1)))
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "The registration is forgotten: requests may no longer name it.", payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.CANCELLED, name = RegistrationData.CANCELLED)))
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "The registration is forgotten: requests may no longer name it.", payloadType = RegistrationData.class,
            message = @AsyncMessage(messageId = RegistrationData.ERASED, name = RegistrationData.ERASED)))
    @KafkaAsyncOperationBinding(groupId = "resource-service")
    // spotless:on
    void handle(List<InboundCloudEvent> events) {
        inbox.onceEach(events, this::apply);
    }

    private void apply(InboundCloudEvent event) throws IOException {
        switch (event.type()) {
            case RegionalDayScheduledV1.TYPE -> learnDay(event);
            case RegistrationData.REGISTERED_V1, RegistrationData.REGISTERED_V2 -> learnRegistration(event);
            case RegistrationData.CANCELLED, RegistrationData.ERASED -> forgetRegistration(event);
            default -> {
                // other registration events carry nothing a stand needs
            }
        }
    }

    private void learnDay(InboundCloudEvent event) throws IOException {
        RegionalDayScheduledV1 day = json.treeToValue(event.data(), RegionalDayScheduledV1.class);
        days.remember(new KnownRegionalDay(day.regionalDayId(), day.region(), day.date(), day.title()));
        log.info("Learnt regional day {} in {} on {}", day.regionalDayId(), day.region(), day.date());
    }

    private void learnRegistration(InboundCloudEvent event) throws IOException {
        RegistrationData registration = json.treeToValue(event.data(), RegistrationData.class);
        registrations.registered(registration.registrationId(), registration.regionalDayId());
    }

    private void forgetRegistration(InboundCloudEvent event) throws IOException {
        RegistrationData registration = json.treeToValue(event.data(), RegistrationData.class);
        registrations.forget(registration.registrationId(), registration.regionalDayId());
    }
}
