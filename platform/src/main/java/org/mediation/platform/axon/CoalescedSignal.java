package org.mediation.platform.axon;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action one window after the first of the requests made meanwhile: many requests, one run, on a thread of
 * its own. A request made while the action runs is served by a run of its own, one window later.
 */
final class CoalescedSignal implements AutoCloseable {

    private final Runnable action;
    private final long windowNanos;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "coalesced-signal");
        thread.setDaemon(true);
        return thread;
    });

    CoalescedSignal(Runnable action, Duration window) {
        this.action = action;
        this.windowNanos = window.toNanos();
    }

    void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(this::run, windowNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: nothing is run any more
        }
    }

    private void run() {
        pending.set(false);
        action.run();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
