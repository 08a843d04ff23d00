package org.mediation.synthesis.store;

import com.mongodb.MongoInterruptedException;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.mediation.platform.mongo.Lease;
import org.springframework.stereotype.Component;

/**
 * Keeps a replay's swap apart from the intake of every instance: the swap holds the {@code replay-swap} lease while
 * it puts rebuilt projections in place, renewing it every {@link #RENEW}, so that it lapses {@link #LEASE} after its
 * instance died; an intake waits while another instance holds it. An event an intake applied while a swap began elsewhere may be
 * missing from what the swap put in place, so the intake applies it again once the swap is over ({@link
 * #swappedSince}); applying an event twice changes nothing.
 */
@Component
public class SwapFence {

    static final Duration LEASE = Duration.ofSeconds(15);
    static final Duration RENEW = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Lease lease;
    private final ScheduledExecutorService renewer =
            Executors.newSingleThreadScheduledExecutor(SwapFence::renewalThread);

    SwapFence(MongoDatabase synthesisDatabase, Clock clock) {
        this.lease = new Lease(synthesisDatabase, "replay-swap", LEASE, clock);
    }

    /** Waits while another instance swaps; returns how many swaps began so far, for {@link #swappedSince}. */
    public long awaitNoSwapElsewhere() {
        Lease.Holding holding = lease.holding();
        while (holding.elsewhere()) {
            pause();
            holding = lease.holding();
        }
        return holding.taken();
    }

    /** Whether a swap began, or is running elsewhere, since {@code swaps} were counted. */
    public boolean swappedSince(long swaps) {
        Lease.Holding holding = lease.holding();
        return holding.elsewhere() || holding.taken() != swaps;
    }

    /** Runs a swap once no other instance swaps, holding every other instance's intake off meanwhile. */
    public <T> T swap(Supplier<T> swap) {
        while (!lease.hold()) {
            pause();
        }
        ScheduledFuture<?> renewal =
                renewer.scheduleAtFixedRate(lease::hold, RENEW.toMillis(), RENEW.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return swap.get();
        } finally {
            renewal.cancel(false);
            lease.release();
        }
    }

    /** How the swaps stand: a reader of the stored projections compares it to know whether a swap moved them. */
    public Lease.Holding holding() {
        return lease.holding();
    }

    @PreDestroy
    void stop() {
        renewer.shutdownNow();
    }

    private static Thread renewalThread(Runnable task) {
        Thread thread = new Thread(task, "replay-swap-lease");
        thread.setDaemon(true);
        return thread;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // A store exception, so a consumer takes the event again rather than dead-lettering it.
            throw new MongoInterruptedException("Interrupted while another instance swaps its projections", e);
        }
    }
}
