package org.mediation.local;

/**
 * Commits a store for every writer that asks, once for all who ask together: a commit covers every change made before it
 * began, so the writers that arrive while one runs share the next, and none is answered before a commit covering its
 * write has ended.
 */
final class GroupCommit {

    private final Runnable commit;
    private long requested;
    private long committed;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once a commit begun after this call has ended; called after the caller's write. */
    void awaitCommitted() {
        long ticket = request();
        for (long covered = leadOrWait(ticket); covered > 0; covered = leadOrWait(ticket)) {
            boolean done = false;
            try {
                commit.run();
                done = true;
            } finally {
                finish(covered, done);
            }
        }
    }

    private synchronized long request() {
        return ++requested;
    }

    /** The ticket up to which this caller must now commit, or 0 once another caller's commit has covered it. */
    private synchronized long leadOrWait(long ticket) {
        while (committing && committed < ticket) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the store's commit", e);
            }
        }
        if (committed >= ticket) {
            return 0;
        }
        committing = true;
        return requested;
    }

    private synchronized void finish(long covered, boolean done) {
        committing = false;
        if (done) {
            committed = covered;
        }
        notifyAll();
    }
}
