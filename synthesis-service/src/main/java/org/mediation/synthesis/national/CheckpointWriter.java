package org.mediation.synthesis.national;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.mediation.platform.mongo.Lease;
import org.mediation.synthesis.history.EventHistory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes a checkpoint for every {@code synthesis.point-in-time.checkpoint-every} events of the history (2,000 by
 * default), each folded on from the one before, at every {@code synthesis.point-in-time.checkpoint-interval} (10 s).
 * It folds only events numbered at least {@code synthesis.point-in-time.checkpoint-settle} ago (1 min): an intake
 * numbers a batch before it inserts it, so an event numbered then is in the history now, or never will be (its
 * insert failed, and the batch is numbered again when taken again). One instance writes at a time (lease {@code
 * asof-checkpoints}); should two, they write the same checkpoints, since each is the same fold of the same events.
 */
@Component
class CheckpointWriter {

    private final EventHistory history;
    private final Checkpoints checkpoints;
    private final Lease lease;
    private final long every;
    private final Duration settle;
    private final Clock clock;
    private final Deque<Numbered> numbered = new ArrayDeque<>();
    private long settled;

    CheckpointWriter(
            EventHistory history,
            Checkpoints checkpoints,
            MongoDatabase synthesisDatabase,
            Clock clock,
            @Value("${synthesis.point-in-time.checkpoint-every:2000}") long every,
            @Value("${synthesis.point-in-time.checkpoint-settle:1m}") Duration settle) {
        this.history = history;
        this.checkpoints = checkpoints;
        this.lease = new Lease(synthesisDatabase, "asof-checkpoints", Duration.ofMinutes(1), clock);
        this.every = every;
        this.settle = settle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${synthesis.point-in-time.checkpoint-interval:10s}")
    void write() {
        long recorded = settled();
        List<Checkpoint> all = checkpoints.all();
        Checkpoint last = all.isEmpty() ? Checkpoint.NONE : all.get(all.size() - 1);
        while (recorded - last.sequence() >= every && lease.hold()) {
            last = next(last, last.sequence() + every);
        }
    }

    /** The history's last number as it stood {@code settle} ago (as near as the ticks allow). */
    private long settled() {
        Instant now = clock.instant();
        numbered.addLast(new Numbered(now, history.lastSequence()));
        while (!numbered.isEmpty() && !numbered.getFirst().at().isAfter(now.minus(settle))) {
            settled = numbered.removeFirst().sequence();
        }
        return settled;
    }

    private record Numbered(Instant at, long sequence) {}

    private Checkpoint next(Checkpoint last, long upTo) {
        FoldFromCheckpoint fold = new FoldFromCheckpoint(last, checkpoints);
        Instant[] earliest = {Instant.MAX};
        Instant[] latest = {last.latest()};
        history.forEachBetween(last.sequence(), upTo, (sequence, event) -> {
            fold.apply(event);
            earliest[0] = event.time().isBefore(earliest[0]) ? event.time() : earliest[0];
            latest[0] = event.time().isAfter(latest[0]) ? event.time() : latest[0];
        });
        Checkpoint next = new Checkpoint(upTo, last.sequence(), latest[0], earliest[0]);
        checkpoints.write(next, fold.named(), fold.held(upTo), fold.catalogue(), fold.themes());
        return next;
    }
}
