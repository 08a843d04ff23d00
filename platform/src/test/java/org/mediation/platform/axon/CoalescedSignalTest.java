package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescedSignalTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final Semaphore ran = new Semaphore(0);
    private final CoalescedSignal signal = new CoalescedSignal(
            () -> {
                runs.incrementAndGet();
                ran.release();
            },
            Duration.ofMillis(300));

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void the_requests_of_a_window_make_one_run() throws InterruptedException {
        for (int request = 0; request < 50; request++) {
            signal.request();
        }

        assertThat(ran.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_request_after_a_run_makes_another() throws InterruptedException {
        signal.request();
        assertThat(ran.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        signal.request();
        signal.request();

        assertThat(ran.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void nothing_runs_after_closing() {
        signal.close();

        signal.request();

        assertThat(runs).hasValue(0);
    }
}
