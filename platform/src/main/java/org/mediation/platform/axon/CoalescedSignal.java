package org.mediation.platform.axon;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action at most once a window, on a thread of its own: a request a window or more after the last run runs
 * it at once; the requests made sooner make one run, a window after the last. A quiet stream of requests is served
 * without delay, a busy one in batches.
 */
final class CoalescedSignal implements AutoCloseable {

    private final Runnable action;
    private final long windowNanos;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastRun;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "coalesced-signal");
        thread.setDaemon(true);
        return thread;
    });

    CoalescedSignal(Runnable action, Duration window) {
        this.action = action;
        this.windowNanos = window.toNanos();
        this.lastRun = System.nanoTime() - windowNanos;
    }

    void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, windowNanos - (System.nanoTime() - lastRun));
        try {
            scheduler.schedule(this::run, wait, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: nothing is run any more
        }
    }

    private void run() {
        pending.set(false);
        lastRun = System.nanoTime();
        action.run();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
