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
import org.springframework.stereotype.Component;

/**
 * Accepts operators' replay requests, audits them, and runs them one at a time on a worker thread, beside the live
 * projections, with a bounded queue. Statuses are kept in memory for the life of the instance; the audit log keeps every outcome.
 */
@Component
class Replays {

    private final ReplayRunner runner;
    private final AuditLog auditLog;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final BlockingQueue<Runnable> waiting;
    private final ExecutorService worker;

    Replays(ReplayRunner runner, AuditLog auditLog, @Value("${synthesis.replays.queue-limit:4}") int queueLimit) {
        this.runner = runner;
        this.auditLog = auditLog;
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
        replays.put(replay.id(), replay);
        auditLog.append("replay.requested", operator, requested(replay));
        worker.submit(() -> runner.run(replay, operator));
        return replay.id();
    }

    Optional<ReplayStatus> status(String id) {
        return Optional.ofNullable(replays.get(id)).map(Replay::status);
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
