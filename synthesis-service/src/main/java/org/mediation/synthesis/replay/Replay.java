package org.mediation.synthesis.replay;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** One replay as it runs: its progress is read while a worker thread moves it on. */
final class Replay {

    private final String id;
    private final ReplayRequest request;
    private final AtomicLong processed = new AtomicLong();
    private volatile String status = "PENDING";
    private volatile long total;
    private volatile String checksumBefore;
    private volatile String checksumAfter;
    private volatile boolean swapped;
    private volatile List<String> changedDays;
    private volatile String error;

    Replay(String id, ReplayRequest request) {
        this.id = id;
        this.request = request;
    }

    String id() {
        return id;
    }

    ReplayRequest request() {
        return request;
    }

    /** Running over the history's numbers up to {@code numbered}: the total until the first pass has found its events. */
    void running(long numbered, String checksumBefore) {
        this.total = numbered;
        this.checksumBefore = checksumBefore;
        this.status = "RUNNING";
    }

    void processed() {
        processed.incrementAndGet();
    }

    /** Numbers of the first pass that held no event: not events to fold. */
    void unused(long numbers) {
        total -= numbers;
    }

    void more(long events) {
        total += events;
    }

    void completed(String checksumAfter, List<String> changedDays, boolean swapped) {
        this.checksumAfter = checksumAfter;
        this.changedDays = List.copyOf(changedDays);
        this.swapped = swapped;
        this.status = "COMPLETED";
    }

    void failed(String error) {
        this.error = error;
        this.status = "FAILED";
    }

    ReplayStatus status() {
        return new ReplayStatus(
                id,
                status,
                processed.get(),
                total,
                checksumBefore,
                checksumAfter,
                request.scope(),
                request.until(),
                request.dryRun(),
                swapped,
                changedDays,
                error);
    }
}
