package org.mediation.registration.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.io.IOException;
import java.util.List;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.Inbox;
import org.mediation.registration.programme.DayProgrammes;
import org.springframework.stereotype.Component;

/**
 * Learns the days' programmes from {@code workshop-events}: a planned workshop and its schedule become this service's
 * copy ({@link DayProgrammes}). Other types are ignored; an event id seen before is skipped; a record that cannot be
 * read fails and goes to the dead-letter topic.
 */
@Component
class WorkshopEventHandler {

    private final ObjectMapper json;
    private final DayProgrammes programmes;
    private final Inbox inbox;

    WorkshopEventHandler(ObjectMapper json, DayProgrammes programmes, Inbox inbox) {
        this.json = json;
        this.programmes = programmes;
        this.inbox = inbox;
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", description = "The workshop enters its day's programme (title).", payloadType = WorkshopPlannedV1.class,
            message = @AsyncMessage(messageId = WorkshopPlannedV1.TYPE, name = WorkshopPlannedV1.TYPE)))
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", description = "The workshop's times and room in its day's programme.", payloadType = WorkshopScheduledV1.class,
            message = @AsyncMessage(messageId = WorkshopScheduledV1.TYPE, name = WorkshopScheduledV1.TYPE)))
    @KafkaAsyncOperationBinding(groupId = "registration-service")
    // spotless:on
    void handle(List<InboundCloudEvent> events) {
        inbox.onceEach(events, this::apply);
    }

    private void apply(InboundCloudEvent event) throws IOException {
        switch (event.type()) {
            case WorkshopPlannedV1.TYPE -> {
                WorkshopPlannedV1 planned = json.treeToValue(event.data(), WorkshopPlannedV1.class);
                programmes.planned(planned.workshopId(), planned.regionalDayId(), planned.title());
            }
            case WorkshopScheduledV1.TYPE -> {
                WorkshopScheduledV1 scheduled = json.treeToValue(event.data(), WorkshopScheduledV1.class);
                programmes.scheduled(
                        scheduled.workshopId(),
                        scheduled.regionalDayId(),
                        scheduled.startsAt(),
                        scheduled.endsAt(),
                        scheduled.room());
            }
            default -> {
                // other workshop events carry nothing of the programme
            }
        }
    }
}
