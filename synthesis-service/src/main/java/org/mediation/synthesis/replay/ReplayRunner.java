package org.mediation.synthesis.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.mediation.platform.audit.AuditLog;
import org.mediation.synthesis.edition.query.EditionHistory;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.integration.inbound.SynthesisIntake;
import org.mediation.synthesis.national.ShadowProjections;
import org.mediation.synthesis.regional.RegionalProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one replay: folds the event history into shadow projections while the live ones keep answering, then either
 * reports (dry run, or up to a past instant) or swaps. The swap holds the consumers of every instance off, folds the
 * events recorded since the replay began and puts the rebuilt scope in place; the national aggregate's one change
 * once the swap is over is the only thing a replay publishes. A replay of everything also rebuilds the national
 * restitution's editions from their own events (the event store's, not the history's) and swaps them where they
 * differ.
 */
@Component
class ReplayRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);

    private final EventHistory history;
    private final LiveProjections live;
    private final SynthesisIntake intake;
    private final AuditLog auditLog;
    private final EditionHistory editions;

    ReplayRunner(
            EventHistory history,
            LiveProjections live,
            SynthesisIntake intake,
            AuditLog auditLog,
            EditionHistory editions) {
        this.history = history;
        this.live = live;
        this.intake = intake;
        this.auditLog = auditLog;
        this.editions = editions;
    }

    void run(Replay replay, String operator) {
        try {
            ReplayRequest request = replay.request();
            long mark = history.lastSequence();
            replay.running(mark, live.checksum(request.scope()));
            ShadowProjections shadow = new ShadowProjections();
            List<Long> unread = history.forEachBetween(0, mark, (sequence, event) -> fold(replay, shadow, event));
            replay.unused(unread.size());
            EditionHistory.Rebuilt rebuilt = editions.rebuild();
            if (request.swaps()) {
                List<String> changed = intake.exclusively(() -> swap(replay, shadow, unread, mark, rebuilt));
                finish(replay, operator, "replay.swapped", checksum(replay, shadow, rebuilt), changed, true);
            } else {
                finish(
                        replay,
                        operator,
                        "replay.dry-run",
                        checksum(replay, shadow, rebuilt),
                        changedDays(replay, shadow),
                        false);
            }
        } catch (RuntimeException e) {
            log.error("Replay {} failed", replay.id(), e);
            String error = Objects.toString(e.getMessage(), e.getClass().getName());
            try {
                auditLog.append("replay.failed", operator, outcome(replay, "FAILED", "", List.of(), error));
            } finally {
                // Even when the store that failed the replay also refuses its audit entry: never PENDING for good.
                replay.failed(error);
            }
        }
    }

    /** Audited first, so whoever sees the replay completed finds it in the audit log. */
    private void finish(
            Replay replay,
            String operator,
            String action,
            String checksumAfter,
            List<String> changed,
            boolean swapped) {
        auditLog.append(action, operator, outcome(replay, "COMPLETED", checksumAfter, changed, null));
        replay.completed(checksumAfter, changed, swapped);
    }

    /**
     * Folds what was recorded since the first pass, then puts the rebuilt scope in place. That includes the events
     * numbered before the replay began that were still being recorded when it read them ({@code unread}): an intake
     * applies an event to the live projections before it records it, so the swap would otherwise remove it.
     */
    private List<String> swap(
            Replay replay, ShadowProjections shadow, List<Long> unread, long mark, EditionHistory.Rebuilt rebuilt) {
        EventHistory.SequencedConsumer late = (sequence, event) -> {
            replay.more(1);
            fold(replay, shadow, event);
        };
        history.forEachOf(unread, late);
        history.forEachBetween(mark, Long.MAX_VALUE, late);
        List<String> changed = changedDays(replay, shadow);
        live.replace(replay.request().scope(), shadow);
        if (replay.request().scope().everything()) {
            live.replace(rebuilt);
        }
        return changed;
    }

    private static void fold(Replay replay, ShadowProjections shadow, InboundEvent event) {
        if (replay.request().until() == null
                || !event.time().isAfter(replay.request().until())) {
            shadow.apply(event);
        }
        replay.processed();
    }

    private static String checksum(Replay replay, ShadowProjections shadow, EditionHistory.Rebuilt editions) {
        return Checksum.of(
                replay.request().scope(), shadow.days(), shadow.catalogue(), shadow.themes(), editions.versions());
    }

    private List<String> changedDays(Replay replay, ShadowProjections shadow) {
        ReplayScope scope = replay.request().scope();
        Map<String, RegionalProjection> before = Checksum.scoped(scope, live.days());
        Map<String, RegionalProjection> after = Checksum.scoped(scope, shadow.days());
        TreeSet<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String dayId : all) {
            String was = before.containsKey(dayId) ? Checksum.canonical(before.get(dayId)) : null;
            String will = after.containsKey(dayId) ? Checksum.canonical(after.get(dayId)) : null;
            if (!Objects.equals(was, will)) {
                changed.add(dayId);
            }
        }
        return changed;
    }

    private static Map<String, Object> outcome(
            Replay replay, String status, String checksumAfter, List<String> changed, String error) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("replayId", replay.id());
        details.put("status", status);
        details.put("processed", replay.status().processed());
        details.put("checksumBefore", Objects.toString(replay.status().checksumBefore(), ""));
        details.put("checksumAfter", checksumAfter);
        details.put("changedRegionalDays", changed);
        if (error != null) {
            details.put("error", error);
        }
        return details;
    }
}
