package org.mediation.synthesis.national;

import java.time.Instant;
import org.mediation.synthesis.history.EventHistory;
import org.springframework.stereotype.Component;

/**
 * The national aggregate as it stood at an instant, for audits: the history's events whose CloudEvent time is at or
 * before that instant, folded in the order they were applied into projections beside the live ones.
 */
@Component
class PointInTime {

    private final EventHistory history;

    PointInTime(EventHistory history) {
        this.history = history;
    }

    NationalAggregate aggregateAt(Instant asOf) {
        ShadowProjections projections = new ShadowProjections();
        history.forEach(event -> {
            if (!event.time().isAfter(asOf)) {
                projections.apply(event);
            }
        });
        return projections.aggregate(asOf);
    }
}
