package org.mediation.synthesis.integration.inbound;

import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.stereotype.Component;

/**
 * Takes each consumed event once: skips what the history already holds (redelivery), updates the regional
 * projection, then records the event in the history. A crash between the two re-applies the event on redelivery,
 * which the projections tolerate (they set state, they do not count).
 */
@Component
public class SynthesisIntake {

    private final EventHistory history;
    private final RegionalProjections projections;

    SynthesisIntake(EventHistory history, RegionalProjections projections) {
        this.history = history;
        this.projections = projections;
    }

    public void accept(InboundEvent event) {
        if (history.contains(event.id())) {
            return;
        }
        projections.apply(event);
        history.record(event);
    }
}
