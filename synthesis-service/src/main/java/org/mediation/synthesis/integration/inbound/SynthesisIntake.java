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
import org.mediation.synthesis.national.LiveNationalAggregate;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.stereotype.Component;

/**
 * Takes each consumed event once: skips what the history already holds (redelivery), updates the regional or
 * catalogue projection and the live national aggregate, then records the event in the history. A crash between the
 * two re-applies the event on redelivery, which the projections tolerate (they set state, they do not count).
 * The three topics' consumers take events side by side; a replay's swap holds them off while it runs.
 */
@Component
public class SynthesisIntake {

    private final EventHistory history;
    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final LiveNationalAggregate national;
    private final Counter applied;
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();

    SynthesisIntake(
            EventHistory history,
            RegionalProjections projections,
            Catalogue catalogue,
            LiveNationalAggregate national,
            MeterRegistry meters) {
        this.applied = AppliedEvents.counter(meters);
        this.history = history;
        this.projections = projections;
        this.catalogue = catalogue;
        this.national = national;
    }

    public void accept(InboundEvent event) {
        if (history.contains(event.id())) {
            return;
        }
        swapLock.readLock().lock();
        try {
            projections.apply(event).ifPresent(day -> national.dayChanged(event.text("regionalDayId"), day));
            catalogue.apply(event).ifPresent(entry -> national.resourceChanged(event.text("resourceId"), entry));
            history.record(event);
            applied.increment();
        } finally {
            swapLock.readLock().unlock();
        }
    }

    /** Runs a replay's swap with no event being taken meanwhile. */
    public <T> T exclusively(Supplier<T> swap) {
        swapLock.writeLock().lock();
        try {
            return swap.get();
        } finally {
            swapLock.writeLock().unlock();
        }
    }
}
