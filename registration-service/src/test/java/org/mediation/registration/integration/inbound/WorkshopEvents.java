package org.mediation.registration.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Workshop events as workshop-service publishes them (its contract samples, with ids of the test's choosing), handed
 * to this service's bound function {@code workshopEvents} as one record of a batch.
 */
public record WorkshopEvents(Consumer<Message<Object>> workshopEvents, ObjectMapper json) {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "workshop-events");

    public void push(byte[] record) {
        workshopEvents.accept(
                MessageBuilder.withPayload((Object) List.of(record)).build());
    }

    /** A workshop planned for the day then scheduled from {@code startsAt} to {@code endsAt} in {@code room}. */
    public void planAndSchedule(
            String dayId, String workshopId, String title, String startsAt, String endsAt, String room)
            throws IOException {
        ObjectNode planned = sample("workshop.WorkshopPlanned.v1.json");
        ((ObjectNode) planned.get("data"))
                .put("workshopId", workshopId)
                .put("regionalDayId", dayId)
                .put("title", title);
        push(json.writeValueAsBytes(planned));
        ObjectNode scheduled = sample("workshop.WorkshopScheduled.v1.json");
        ((ObjectNode) scheduled.get("data"))
                .put("workshopId", workshopId)
                .put("regionalDayId", dayId)
                .put("startsAt", startsAt)
                .put("endsAt", endsAt)
                .put("room", room);
        push(json.writeValueAsBytes(scheduled));
    }

    private ObjectNode sample(String file) throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(CONTRACTS.resolve(file).toFile());
        event.put("id", UUID.randomUUID().toString());
        return event;
    }
}
