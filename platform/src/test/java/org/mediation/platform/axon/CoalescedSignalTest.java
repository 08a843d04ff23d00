package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescedSignalTest {

    private static final Duration WINDOW = Duration.ofMillis(600);

    private final AtomicInteger runs = new AtomicInteger();
    private final Semaphore ran = new Semaphore(0);
    private final CoalescedSignal signal = new CoalescedSignal(
            () -> {
                runs.incrementAndGet();
                ran.release();
            },
            WINDOW);

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void a_request_after_a_quiet_window_runs_at_once_and_those_sooner_make_one_run_a_window_later()
            throws InterruptedException {
        long requested = System.nanoTime();
        signal.request();
        assertThat(ran.tryAcquire(WINDOW.toMillis() / 2, TimeUnit.MILLISECONDS))
                .as("no run for a window: this one runs at once")
                .isTrue();

        for (int request = 0; request < 50; request++) {
            signal.request();
        }

        assertThat(ran.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - requested)).isGreaterThanOrEqualTo(WINDOW);
        assertThat(ran.tryAcquire(WINDOW.toMillis(), TimeUnit.MILLISECONDS))
                .as("the 50 requests made one run")
                .isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void nothing_runs_after_closing() {
        signal.close();

        signal.request();

        assertThat(runs).hasValue(0);
    }
}
