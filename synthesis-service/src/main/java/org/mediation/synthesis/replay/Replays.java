package org.mediation.synthesis.replay;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mediation.platform.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Accepts operators' replay requests, audits them, and runs them one at a time on a worker thread, beside the live
 * projections. Statuses are kept in memory for the life of the instance; the audit log keeps every outcome.
 */
@Component
class Replays {

    private final ReplayRunner runner;
    private final AuditLog auditLog;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "replay"));

    Replays(ReplayRunner runner, AuditLog auditLog) {
        this.runner = runner;
        this.auditLog = auditLog;
    }

    String start(ReplayRequest request, String operator) {
        request.requireReason();
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
