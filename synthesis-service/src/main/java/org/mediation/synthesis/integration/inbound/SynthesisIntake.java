package org.mediation.synthesis.integration.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.mediation.platform.inbox.AppliedEvents;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.store.SwapFence;
import org.springframework.stereotype.Component;

/**
 * Takes each consumed event once: skips what the history already holds (redelivery), updates the regional or
 * catalogue projection, then records the event in the history. A crash between the two re-applies the event on
 * redelivery, which the projections tolerate (they set state, they do not count). The three topics' consumers take
 * events side by side; a replay's swap holds them off while it runs, in this instance and, through the
 * {@link SwapFence}, in every other.
 */
@Component
public class SynthesisIntake {

    private final EventHistory history;
    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final SwapFence fence;
    private final Counter applied;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();

    SynthesisIntake(
            EventHistory history,
            RegionalProjections projections,
            Catalogue catalogue,
            SwapFence fence,
            MeterRegistry meters) {
        this.applied = AppliedEvents.counter(meters);
        this.history = history;
        this.projections = projections;
        this.catalogue = catalogue;
        this.fence = fence;
    }

    public void accept(InboundEvent event) {
        if (history.contains(event.id())) {
            return;
        }
        long swaps = fence.awaitNoSwapElsewhere();
        swapLock.readLock().lock();
        try {
            apply(event);
            history.record(event);
            if (fence.swappedSince(swaps)) {
                fence.awaitNoSwapElsewhere();
                apply(event);
            }
            applied.increment();
        } finally {
            swapLock.readLock().unlock();
        }
    }

    private void apply(InboundEvent event) {
        projections.apply(event);
        catalogue.apply(event);
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
