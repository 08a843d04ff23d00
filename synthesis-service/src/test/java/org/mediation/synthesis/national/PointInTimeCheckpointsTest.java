package org.mediation.synthesis.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.regional.RegionalProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Point-in-time answers from checkpoints (one every 5 events in the tests) are those of a fold of the whole history, at every
 * instant, including events that arrive late with an instant before checkpoints already written: the national figures,
 * and the days' whole states a restitution reads.
 */
class PointInTimeCheckpointsTest extends SynthesisServiceTest {

    private static final Instant T0 = Instant.parse("2031-03-12T08:00:00Z");

    @Autowired
    PointInTime pointInTime;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    EventHistory history;

    @Autowired
    ObjectMapper json;

    private final String region = "FR-C" + UUID.randomUUID().toString().substring(0, 6);
    private final String day = UUID.randomUUID().toString();

    @Test
    void every_answer_from_checkpoints_equals_the_fold_of_the_whole_history() {
        long before = history.lastSequence();
        try (Publisher publisher = new Publisher()) {
            publisher.publish(
                    "registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", region), T0);
            for (int i = 0; i < 24; i++) {
                publisher.publish(
                        "registration.ParticipantRegistered.v1",
                        Map.of("regionalDayId", day, "registrationId", "r" + i, "category", "MEDIATOR"),
                        T0.plus(Duration.ofMinutes(10L * (i + 1))));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> history.lastSequence() >= before + 25);
            awaitCheckpointsUpTo(history.lastSequence());
            // Late: numbered after the checkpoints, timed before most of them.
            publisher.publish(
                    "registration.RegistrationCancelled.v1",
                    Map.of("regionalDayId", day, "registrationId", "r3", "category", "MEDIATOR"),
                    T0.plus(Duration.ofMinutes(45)));
            publisher.publish(
                    "registration.ParticipantCheckedIn.v1",
                    Map.of("regionalDayId", day, "registrationId", "r7", "category", "MEDIATOR"),
                    T0.plus(Duration.ofMinutes(75)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> history.lastSequence() >= checkpointed() + 2);

        List<Instant> instants = new ArrayList<>(List.of(T0.minusSeconds(1), T0, Instant.now()));
        for (int minutes = 5; minutes <= 250; minutes += 5) {
            instants.add(T0.plus(Duration.ofMinutes(minutes)));
        }
        for (Instant asOf : instants) {
            assertThat(pointInTime.aggregateAt(asOf)).as("as of %s", asOf).isEqualTo(wholeFold(asOf));
            assertThat(json(pointInTime.daysAt(asOf, date -> true).days().stream()
                            .filter(state -> state.regionalDayId().equals(day))))
                    .as("the day as of %s", asOf)
                    .isEqualTo(json(wholeFoldDays(asOf).stream()
                            .filter(state -> state.regionalDayId().equals(day) && state.known())));
        }
        assertThat(pointInTime
                        .aggregateAt(T0.plus(Duration.ofMinutes(60)))
                        .regions()
                        .get(region)
                        .confirmed())
                .isEqualTo(5);
        assertThat(checkpoints.all()).hasSizeGreaterThan(4);
    }

    private List<RegionalProjection> wholeFoldDays(Instant asOf) {
        ShadowProjections projections = new ShadowProjections();
        history.forEach(event -> {
            if (!event.time().isAfter(asOf)) {
                projections.apply(event);
            }
        });
        return List.copyOf(projections.days().values());
    }

    private String json(Stream<RegionalProjection> days) {
        try {
            return json.writeValueAsString(days.toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NationalAggregate wholeFold(Instant asOf) {
        ShadowProjections projections = new ShadowProjections();
        history.forEach(event -> {
            if (!event.time().isAfter(asOf)) {
                projections.apply(event);
            }
        });
        return projections.aggregate(asOf);
    }

    private void awaitCheckpointsUpTo(long sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> checkpointed() > sequence - 5);
    }

    private long checkpointed() {
        List<Checkpoint> all = checkpoints.all();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }
}
