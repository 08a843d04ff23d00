package org.mediation.synthesis.integration.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.mediation.platform.inbox.AppliedEvents;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.store.SwapFence;
import org.springframework.stereotype.Component;

/**
 * Takes each consumed event once, a batch of records at a time: skips what the history already holds (redelivery),
 * updates the regional, resource catalogue or theme catalogue projections, then records the events in the history. A crash between the two
 * re-applies the events on redelivery, which the projections tolerate (they set state, they do not count). The three topics' consumers take
 * events side by side; a replay's swap holds them off while it runs, in this instance and, through the
 * {@link SwapFence}, in every other.
 */
@Component
public class SynthesisIntake {

    private final EventHistory history;
    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final ThemeCatalogue themes;
    private final SwapFence fence;
    private final Counter applied;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();

    SynthesisIntake(
            EventHistory history,
            RegionalProjections projections,
            Catalogue catalogue,
            ThemeCatalogue themes,
            SwapFence fence,
            MeterRegistry meters) {
        this.applied = AppliedEvents.counter(meters);
        this.history = history;
        this.projections = projections;
        this.catalogue = catalogue;
        this.themes = themes;
        this.fence = fence;
    }

    /**
     * Takes consumed events, in their order: the history's check, the fence, each day's projection and the history's
     * record are one operation each for them all, however many events there are.
     */
    public void accept(List<InboundEvent> events) {
        List<InboundEvent> unrecorded = history.unrecorded(events);
        if (unrecorded.isEmpty()) {
            return;
        }
        long swaps = fence.awaitNoSwapElsewhere();
        swapLock.readLock().lock();
        try {
            apply(unrecorded);
            history.record(unrecorded);
            if (fence.swappedSince(swaps)) {
                fence.awaitNoSwapElsewhere();
                apply(unrecorded);
            }
            applied.increment(unrecorded.size());
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private void apply(List<InboundEvent> events) {
        projections.apply(events);
        catalogue.apply(events);
        themes.apply(events);
    }

    /** Runs a replay's swap with no event being taken meanwhile, here or in another instance. */
    public <T> T exclusively(Supplier<T> swap) {
        swapLock.writeLock().lock();
        try {
            return fence.swap(swap);
        } finally {
            swapLock.writeLock().unlock();
        }
    }
}
