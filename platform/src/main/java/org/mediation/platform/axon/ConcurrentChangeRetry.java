package org.mediation.platform.axon;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.mediation.platform.failure.Causes;

/**
 * Runs a command again when another instance of the service changed its aggregate meanwhile: the append conflicts
 * ({@link ConcurrencyException}, whatever wraps it), the failed unit of work drops the stale cached aggregate, and the
 * next attempt loads it as now stored. Up to 5 times, 20 ms apart; nothing else is retried, so a refusal stays a
 * refusal and a store that is away answers at once. (Axon's own schedulers test each cause on its own, and would take
 * the conflict's duplicate-key cause for a permanent failure.)
 */
class ConcurrentChangeRetry implements RetryScheduler {

    private static final int ATTEMPTS = 5;
    private static final long INTERVAL_MS = 20;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable dispatchTask) {
        if (failures.size() > ATTEMPTS || !Causes.include(lastFailure, List.of(ConcurrencyException.class))) {
            return false;
        }
        executor.schedule(dispatchTask, INTERVAL_MS, TimeUnit.MILLISECONDS);
        return true;
    }
}
