package org.mediation.synthesis.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 28 §7: the history knows an event by its source and its id, so a producer cannot suppress another's. */
class EventHistoryTest extends SynthesisServiceTest {

    @Autowired
    EventHistory history;

    @Test
    void an_event_reusing_the_id_of_another_sources_event_is_still_taken_and_a_redelivery_is_not() {
        String id = UUID.randomUUID().toString();
        InboundEvent workshop = event(id, "/workshop", "workshop.WorkshopPlanned.v1");
        InboundEvent registration = event(id, "/registration", "registration.RegistrationOpened.v1");
        history.record(List.of(workshop));

        assertThat(history.unrecorded(List.of(workshop, registration))).containsExactly(registration);
        history.record(List.of(registration));
        assertThat(history.unrecorded(List.of(workshop, registration))).isEmpty();
    }

    private static InboundEvent event(String id, String source, String type) {
        return new InboundEvent(
                id,
                source,
                type,
                null,
                Instant.parse("2031-03-01T09:00:00Z"),
                JsonNodeFactory.instance
                        .objectNode()
                        .put("note", "names no day: the replays of the shared history skip it"));
    }
}
