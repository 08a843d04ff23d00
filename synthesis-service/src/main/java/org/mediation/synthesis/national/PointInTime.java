package org.mediation.synthesis.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.mediation.synthesis.history.EventHistory;
import org.springframework.stereotype.Component;

/**
 * The history as it stood at an instant, for audits and restitutions: the history's events whose CloudEvent time is
 * at or before that instant, folded in the order they were applied. The fold starts from the last checkpoint all of
 * whose events are at or before the instant, and reads after it only the stretches of history that hold such an
 * event, and the events since the last checkpoint: the same answer as a fold of the whole history, at the cost of the
 * changes.
 */
@Component
public class PointInTime {

    private final EventHistory history;
    private final Checkpoints checkpoints;

    PointInTime(EventHistory history, Checkpoints checkpoints) {
        this.history = history;
        this.checkpoints = checkpoints;
    }

    NationalAggregate aggregateAt(Instant asOf) {
        return fold(asOf, history.lastSequence()).aggregate();
    }

    /** The known regional days dated as asked, as they stood at that instant, and where the history stood. */
    public HistoryAt daysAt(Instant asOf, Predicate<LocalDate> dated) {
        long upTo = history.lastSequence();
        FoldAsOf fold = fold(asOf, upTo);
        return new HistoryAt(
                asOf, upTo, fold.position(), fold.nextChange(), fold.complete(), fold.days(dated), fold.themes());
    }

    private FoldAsOf fold(Instant asOf, long upTo) {
        List<Checkpoint> all = checkpoints.all();
        Checkpoint start = all.stream()
                .filter(checkpoint -> checkpoint.startsAnswerAt(asOf))
                .reduce((earlier, later) -> later)
                .orElse(Checkpoint.NONE);
        FoldAsOf fold = new FoldAsOf(asOf, start, new FoldFromCheckpoint(start, checkpoints));
        long folded = start.sequence();
        for (Checkpoint checkpoint : all) {
            if (checkpoint.sequence() > start.sequence()) {
                if (checkpoint.coversEventsAtOrBefore(asOf)) {
                    history.forEachBetween(checkpoint.previous(), checkpoint.sequence(), fold);
                } else {
                    fold.skipped(checkpoint);
                }
            }
            folded = Math.max(folded, checkpoint.sequence());
        }
        fold.tailRead(history.forEachBetween(folded, upTo, fold));
        return fold;
    }
}
