package org.mediation.synthesis.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28 §7: the history knows an event by its source and its id, so a producer cannot suppress another's; a range is
 * read in order, list after list.
 */
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

    /**
     * A range of several lists of numbers (each read while the one before is applied) comes back whole and in order,
     * each event's data as recorded, with the number no event held named: the one an event recorded twice was given.
     */
    @Test
    void a_range_of_several_lists_is_read_in_order_with_its_data_and_the_numbers_no_event_held() {
        String source = "/test-" + UUID.randomUUID();
        List<InboundEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            recorded.add(numbered(source, i));
        }
        long before = history.lastSequence();
        history.record(recorded.subList(0, 1_200));
        history.record(recorded.subList(0, 1));
        long unused = history.lastSequence();
        history.record(recorded.subList(1_200, 2_500));

        List<InboundEvent> read = new ArrayList<>();
        List<Long> unread = history.forEachBetween(before, history.lastSequence(), (sequence, event) -> {
            if (event.source().equals(source)) {
                read.add(event);
            }
        });

        assertThat(read).isEqualTo(recorded);
        assertThat(unread).contains(unused);
    }

    private static InboundEvent numbered(String source, int number) {
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("number", number)
                .put("large", 10_000_000_000L + number)
                .put("ratio", number / 4.0)
                .put("checked", number % 2 == 0)
                .putNull("none");
        data.putObject("nested")
                .put("text", "événement " + number)
                .putArray("list")
                .add(number)
                .add("x");
        return new InboundEvent(
                "e-" + number,
                source,
                "workshop.ContributionRecorded.v1",
                null,
                Instant.parse("2031-03-01T09:00:00Z").plusMillis(number),
                data);
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
