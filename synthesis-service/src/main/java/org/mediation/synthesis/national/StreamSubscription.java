package org.mediation.synthesis.national;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One national stream: its own bounded queue of events, sent in order by one task at a time on the streams' shared
 * executor, so a client that does not read blocks only its own sends. A stream whose queue is full, or whose send has
 * waited longer than the allowed delay (its client no longer reads, the TCP buffers are full), is dropped: its events
 * are no longer queued and the send waiting on it is interrupted.
 */
final class StreamSubscription {

    private final SseEmitter emitter;
    private final String subscriber;
    private final BlockingQueue<SseEmitter.SseEventBuilder> queue;
    private final Executor senders;
    private final Clock clock;
    private final Consumer<StreamSubscription> ended;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean over = new AtomicBoolean();
    private final Object sending = new Object();
    private volatile boolean dropped;
    private volatile Instant sendingSince;
    private Thread sender;

    StreamSubscription(
            SseEmitter emitter,
            String subscriber,
            int capacity,
            Executor senders,
            Clock clock,
            Consumer<StreamSubscription> ended) {
        this.emitter = emitter;
        this.subscriber = subscriber;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.senders = senders;
        this.clock = clock;
        this.ended = ended;
    }

    String subscriber() {
        return subscriber;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** Queues an event for this stream; a full queue drops it (its client has not taken that many). */
    void offer(SseEmitter.SseEventBuilder event) {
        if (over.get()) {
            return;
        }
        if (!queue.offer(event)) {
            drop();
            return;
        }
        if (draining.compareAndSet(false, true)) {
            try {
                senders.execute(this::drain);
            } catch (RejectedExecutionException e) { // no sender free (the service is stopping): not served
                draining.set(false);
                drop();
            }
        }
    }

    /** Whether a send has waited on this stream's client longer than {@code delay}. */
    boolean stalledFor(Duration delay) {
        Instant since = sendingSince;
        return since != null && since.plus(delay).isBefore(clock.instant());
    }

    /**
     * Drops the stream: nothing more is queued; a send waiting on its client is interrupted (the container then closes
     * the connection, at the latest when its write times out), else the stream is completed at once.
     */
    void drop() {
        if (over.compareAndSet(false, true)) {
            dropped = true;
            queue.clear();
            synchronized (sending) {
                if (sender != null) {
                    sender.interrupt();
                } else {
                    emitter.complete();
                }
            }
            ended.accept(this);
        }
    }

    /** Whether it was dropped, rather than ended by its client or the service. */
    boolean dropped() {
        return dropped;
    }

    private void drain() {
        while (true) {
            SseEmitter.SseEventBuilder event = queue.poll();
            if (event == null) {
                draining.set(false);
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            if (over.get() || !send(event)) {
                return;
            }
            if (dropped) {
                emitter.complete(); // dropped while this send waited, which went through after all
                return;
            }
        }
    }

    private boolean send(SseEmitter.SseEventBuilder event) {
        synchronized (sending) {
            sender = Thread.currentThread();
        }
        sendingSince = clock.instant();
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            if (over.compareAndSet(false, true)) {
                ended.accept(this);
            }
            emitter.completeWithError(e);
            return false;
        } finally {
            sendingSince = null;
            synchronized (sending) {
                sender = null;
                Thread.interrupted(); // an interrupt meant for this send only
            }
        }
    }
}
