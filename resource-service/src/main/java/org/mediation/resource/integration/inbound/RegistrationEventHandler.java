package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.io.IOException;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.Inbox;
import org.mediation.resource.stand.query.KnownRegionalDay;
import org.mediation.resource.stand.query.KnownRegionalDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Learns regional days from {@code registration-events}: a scheduled day becomes (or refreshes) this service's copy.
 * Other types are ignored; an event id seen before is skipped; a record that cannot be read fails (and, after the
 * binder's retries, goes to the dead-letter topic).
 */
@Component
class RegistrationEventHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistrationEventHandler.class);

    private final ObjectMapper json;
    private final KnownRegionalDays days;
    private final Inbox inbox;

    RegistrationEventHandler(ObjectMapper json, KnownRegionalDays days, Inbox inbox) {
        this.json = json;
        this.days = days;
        this.inbox = inbox;
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", description = "Learns regional days (id, region, date); every other type is ignored.", payloadType = RegionalDayScheduledV1.class,
            message = @AsyncMessage(messageId = RegionalDayScheduledV1.TYPE, name = RegionalDayScheduledV1.TYPE)))
    @KafkaAsyncOperationBinding(groupId = "resource-service")
    // spotless:on
    void handle(InboundCloudEvent event) {
        if (RegionalDayScheduledV1.TYPE.equals(event.type())) {
            inbox.once(event, this::learn);
        }
    }

    private void learn(InboundCloudEvent event) throws IOException {
        RegionalDayScheduledV1 day = json.treeToValue(event.data(), RegionalDayScheduledV1.class);
        days.remember(new KnownRegionalDay(day.regionalDayId(), day.region(), day.date(), day.title()));
        log.info("Learnt regional day {} in {} on {}", day.regionalDayId(), day.region(), day.date());
    }
}
