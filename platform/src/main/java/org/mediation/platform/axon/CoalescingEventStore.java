package org.mediation.platform.axon;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose producer (the one reader of new events for every tracking processor) is woken at
 * most once a window rather than at every commit: a commit after a quiet window wakes it at once; the commits made
 * sooner wake it once, a window after the last wake-up, and one fetch from the store then reads the events of all of
 * them, where each command cost a fetch and an empty one after it. New events reach the processors at most that
 * window later; when nothing wakes it, the producer still looks every second (Axon's fetch delay).
 */
final class CoalescingEventStore extends EmbeddedEventStore {

    private final CoalescedSignal newEvents;

    CoalescingEventStore(Builder builder, Duration window) {
        super(builder);
        this.newEvents = new CoalescedSignal(() -> super.afterCommit(List.of()), window);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        newEvents.request();
    }

    @Override
    public void shutDown() {
        newEvents.close();
        super.shutDown();
    }
}
