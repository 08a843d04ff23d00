package org.mediation.synthesis.restitution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.national.HistoryAt;
import org.mediation.synthesis.national.PointInTime;
import org.springframework.stereotype.Component;

/**
 * Computes restitutions from the event history, never from the live projections, so that one is reproducible: the
 * events whose CloudEvent time is at or before {@code asOf} (now, to the millisecond, when not given), folded in the
 * order they were applied, from the checkpoints of point-in-time answers. The position is the sequence number of the
 * last event folded. A restitution asked again while the history holds no more events is answered from
 * {@link RecentRestitutions}.
 */
@Component
public class RestitutionSource {

    private final PointInTime pointInTime;
    private final EventHistory history;
    private final RecentRestitutions recent;
    private final Clock clock;

    RestitutionSource(PointInTime pointInTime, EventHistory history, RecentRestitutions recent, Clock clock) {
        this.pointInTime = pointInTime;
        this.history = history;
        this.recent = recent;
        this.clock = clock;
    }

    /** The machine restitution of the days dated from {@code from} to {@code to}, as of now or that instant. */
    public Restitution of(LocalDate from, LocalDate to, Optional<Instant> asOf) {
        return of(new Period(from, to), asOf);
    }

    Restitution of(Period period, Optional<Instant> asOf) {
        Instant at = asOf.orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.MILLIS));
        RecentRestitutions.Key key = new RecentRestitutions.Key(period, asOf.orElse(null));
        return recent.find(key, history.lastSequence(), at).orElseGet(() -> {
            HistoryAt days = pointInTime.daysAt(at, period::covers);
            Restitution restitution = RestitutionContent.of(period, days.days(), days.themes(), at, days.position());
            recent.keep(key, days, restitution);
            if (asOf.isEmpty()) {
                // asked again as of its own instant (an edition's basis), it is the same document
                recent.keep(new RecentRestitutions.Key(period, at), days, restitution);
            }
            return restitution;
        });
    }
}
