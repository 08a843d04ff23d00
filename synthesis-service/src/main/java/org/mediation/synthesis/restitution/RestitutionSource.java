package org.mediation.synthesis.restitution;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.national.ShadowProjections;
import org.springframework.stereotype.Component;

/**
 * Computes restitutions from the event history, never from the live projections, so that one is reproducible: the
 * events whose CloudEvent time is at or before {@code asOf} (now, to the millisecond, when not given), folded in the
 * order they were applied. The position is the sequence number of the last event folded.
 */
@Component
class RestitutionSource {

    private final EventHistory history;
    private final Clock clock;

    RestitutionSource(EventHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    Restitution of(Period period, Optional<Instant> asOf) {
        Instant at = asOf.orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.MILLIS));
        ShadowProjections projections = new ShadowProjections();
        long[] position = {0};
        history.forEachBetween(0, Long.MAX_VALUE, (sequence, event) -> {
            if (!event.time().isAfter(at)) {
                projections.apply(event);
                position[0] = sequence;
            }
        });
        return RestitutionContent.of(period, projections.days().values(), at, position[0]);
    }
}
