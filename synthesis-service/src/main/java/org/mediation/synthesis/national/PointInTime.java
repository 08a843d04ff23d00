package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.List;
import org.mediation.synthesis.history.EventHistory;
import org.springframework.stereotype.Component;

/**
 * The national aggregate as it stood at an instant, for audits: the history's events whose CloudEvent time is at or
 * before that instant, folded in the order they were applied. The fold starts from the last checkpoint all of whose
 * events are at or before the instant, and reads after it only the stretches of history that hold such an event, and
 * the events since the last checkpoint: the same answer as a fold of the whole history, at the cost of the changes.
 */
@Component
class PointInTime {

    private final EventHistory history;
    private final Checkpoints checkpoints;

    PointInTime(EventHistory history, Checkpoints checkpoints) {
        this.history = history;
        this.checkpoints = checkpoints;
    }

    NationalAggregate aggregateAt(Instant asOf) {
        List<Checkpoint> all = checkpoints.all();
        Checkpoint start = all.stream()
                .filter(checkpoint -> checkpoint.startsAnswerAt(asOf))
                .reduce((earlier, later) -> later)
                .orElse(Checkpoint.NONE);
        FoldFromCheckpoint fold = new FoldFromCheckpoint(start, checkpoints);
        EventHistory.SequencedConsumer atOrBefore = (sequence, event) -> {
            if (!event.time().isAfter(asOf)) {
                fold.apply(event);
            }
        };
        long folded = start.sequence();
        for (Checkpoint checkpoint : all) {
            if (checkpoint.sequence() > start.sequence() && checkpoint.coversEventsAtOrBefore(asOf)) {
                history.forEachBetween(checkpoint.previous(), checkpoint.sequence(), atOrBefore);
            }
            folded = Math.max(folded, checkpoint.sequence());
        }
        history.forEachBetween(folded, Long.MAX_VALUE, atOrBefore);
        return fold.aggregate(asOf);
    }
}
