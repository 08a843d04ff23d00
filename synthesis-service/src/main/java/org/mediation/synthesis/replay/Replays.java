package org.mediation.synthesis.replay;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mediation.platform.audit.AuditLog;
import org.mediation.platform.web.TooManyRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Accepts operators' replay requests, audits them, and runs them one at a time on a worker thread, beside the live
 * projections, with a bounded queue. Each status is written to {@link ReplayStatuses} when the replay is accepted and
 * every second until it is finished, so any instance answers for it; the audit log keeps every outcome.
 */
@Component
class Replays {

    private final ReplayRunner runner;
    private final AuditLog auditLog;
    private final ReplayStatuses statuses;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final Map<String, ReplayStatus> saved = new ConcurrentHashMap<>();
    private final BlockingQueue<Runnable> waiting;
    private final ExecutorService worker;

    Replays(
            ReplayRunner runner,
            AuditLog auditLog,
            ReplayStatuses statuses,
            @Value("${synthesis.replays.queue-limit:4}") int queueLimit) {
        this.runner = runner;
        this.auditLog = auditLog;
        this.statuses = statuses;
        this.waiting = new ArrayBlockingQueue<>(queueLimit);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, waiting, task -> new Thread(task, "replay"));
    }

    /** Queued behind the running one; beyond {@code synthesis.replays.queue-limit} waiting, a 429. */
    String start(ReplayRequest request, String operator) {
        request.requireReason();
        if (waiting.remainingCapacity() == 0) {
            throw new TooManyRequests(waiting.size() + " replays are already waiting.", Duration.ofMinutes(1));
        }
        Replay replay = new Replay(UUID.randomUUID().toString(), request);
        auditLog.append("replay.requested", operator, requested(replay));
        statuses.save(replay.status());
        replays.put(replay.id(), replay);
        worker.submit(() -> runner.run(replay, operator));
        return replay.id();
    }

    /** This instance's own replays as they stand; another instance's as it last wrote them. */
    Optional<ReplayStatus> status(String id) {
        return Optional.ofNullable(replays.get(id)).map(Replay::status).or(() -> statuses.find(id));
    }

    /**
     * Writes where this instance's replays stand: the unfinished ones at every tick, a finished one until its outcome
     * is written (a store that is away is written at a later tick).
     */
    @Scheduled(fixedDelay = 1_000)
    void saveStatuses() {
        for (Replay replay : replays.values()) {
            ReplayStatus status = replay.status();
            if (!status.finished() || !status.equals(saved.get(replay.id()))) {
                statuses.save(status);
                saved.put(replay.id(), status);
            }
        }
    }

    private static Map<String, Object> requested(Replay replay) {
        ReplayRequest request = replay.request();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("replayId", replay.id());
        details.put("reason", request.reason());
        details.put("dryRun", request.dryRun());
        Optional.ofNullable(request.scope().region()).ifPresent(region -> details.put("region", region));
        Optional.ofNullable(request.scope().regionalDayId()).ifPresent(day -> details.put("regionalDayId", day));
        Optional.ofNullable(request.until()).ifPresent(until -> details.put("until", until.toString()));
        return details;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
