package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 100;

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong durable = new AtomicLong();
    private final AtomicInteger commits = new AtomicInteger();

    /** A store's commit: makes durable what was written when it began, and takes a while. */
    private void commit() {
        long covered = written.get();
        LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        commits.incrementAndGet();
        durable.accumulateAndGet(covered, Math::max);
    }

    @Test
    void no_writer_returns_before_a_commit_covering_its_write_and_concurrent_writers_share_commits() throws Exception {
        GroupCommit groupCommit = new GroupCommit(this::commit);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> uncovered = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            uncovered.add(writers.submit(() -> writeAndCount(groupCommit)));
        }
        int total = 0;
        for (Future<Integer> writer : uncovered) {
            total += writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertEquals(0, total, "writes answered before a commit covered them");
        assertEquals(WRITERS * WRITES_EACH, durable.get());
        assertTrue(commits.get() < WRITERS * WRITES_EACH / 2, commits.get() + " commits for " + WRITERS * WRITES_EACH);
    }

    private int writeAndCount(GroupCommit groupCommit) {
        int uncovered = 0;
        for (int i = 0; i < WRITES_EACH; i++) {
            long mine = written.incrementAndGet();
            groupCommit.awaitCommitted();
            if (durable.get() < mine) {
                uncovered++;
            }
        }
        return uncovered;
    }

    @Test
    void a_failed_commit_answers_its_writer_with_the_failure_and_the_next_writer_commits_again() {
        AtomicBoolean fail = new AtomicBoolean(true);
        GroupCommit groupCommit = new GroupCommit(() -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            commit();
        });
        written.incrementAndGet();
        assertThrows(IllegalStateException.class, groupCommit::awaitCommitted);
        assertEquals(0, durable.get());

        written.incrementAndGet();
        groupCommit.awaitCommitted();
        assertEquals(2, durable.get());
    }
}
