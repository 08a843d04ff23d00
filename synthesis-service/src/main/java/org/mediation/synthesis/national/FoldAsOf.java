package org.mediation.synthesis.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * Folds on from a checkpoint the history events at or before an instant, and notes what an answer needs to say where
 * it stands: the last event folded, the earliest time of an event read or skipped but not folded (from then on the
 * answer may differ), and whether every number since the last checkpoint held an event when read.
 */
final class FoldAsOf implements EventHistory.SequencedConsumer {

    private final Instant asOf;
    private final FoldFromCheckpoint fold;
    private long position;
    private Instant nextChange = Instant.MAX;
    private boolean complete;

    FoldAsOf(Instant asOf, Checkpoint start, FoldFromCheckpoint fold) {
        this.asOf = asOf;
        this.fold = fold;
        this.position = start.sequence();
    }

    @Override
    public void accept(long sequence, InboundEvent event) {
        if (event.time().isAfter(asOf)) {
            nextChange = event.time().isBefore(nextChange) ? event.time() : nextChange;
        } else {
            fold.apply(event);
            position = Math.max(position, sequence);
        }
    }

    /** A checkpoint's stretch left unread: every event of it is after the instant, the earliest at its earliest. */
    void skipped(Checkpoint checkpoint) {
        nextChange = checkpoint.earliest().isBefore(nextChange) ? checkpoint.earliest() : nextChange;
    }

    /** The numbers since the last checkpoint that held no event when read (unused, or still being recorded). */
    void tailRead(List<Long> unread) {
        complete = unread.isEmpty();
    }

    long position() {
        return position;
    }

    Instant nextChange() {
        return nextChange;
    }

    boolean complete() {
        return complete;
    }

    NationalAggregate aggregate() {
        return fold.aggregate(asOf);
    }

    Themes themes() {
        return fold.themes();
    }

    List<RegionalProjection> days(Predicate<LocalDate> dated) {
        return fold.days(dated);
    }
}
