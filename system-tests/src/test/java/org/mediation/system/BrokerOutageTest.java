package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;

/**
 * The Kafka broker's process stopped (SIGSTOP) for 3 × the producers' delivery timeout (30 s; 5 × the consumers'
 * session timeout, 10 × the producers' request timeout: {@link TheSystem#SETTINGS}), so that every send of the outbox
 * fails and is retried and every consumer group loses its members, while clients register: registration keeps
 * accepting, its outbox holds the events, and within 60 s of the broker's return (SIGCONT) every accepted
 * registration is counted nationally, with no service restarted.
 */
@Order(14)
class BrokerOutageTest {

    private static final int PARTICIPANTS = 400;
    private static final int DAYS = 3;
    private static final Duration OUTAGE = Duration.ofSeconds(3L * TheSystem.DELIVERY_TIMEOUT_SECONDS);

    private static TheSystem system;
    private static Registrations registrations;

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
        registrations = new Registrations(system);
    }

    @Test
    void three_delivery_timeouts_without_the_broker_lose_nothing() throws Exception {
        List<Long> processes = processIds();
        int nationalBefore = registrations.nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS)
                .mapToObj(i -> registrations.openDay("Journée sans courtier", PARTICIPANTS))
                .toList();
        AtomicInteger registered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "broker-outage-" + i + "@example.org";
            done.add(clients.submit(() -> {
                registrations.registerUntilAnswered(day, email);
                registered.incrementAndGet();
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> registered.get() >= PARTICIPANTS / 4);
        system.broker.pause();
        int atPause = registered.get();
        int nationalAtPause = registrations.nationalConfirmed() - nationalBefore;
        System.out.printf(
                "Kafka broker stopped for %d s after %d registrations (%d counted nationally)%n",
                OUTAGE.toSeconds(), atPause, nationalAtPause);
        Thread.sleep(OUTAGE.toMillis()); // the outage itself
        int duringOutage = registered.get() - atPause;
        system.broker.resume();
        Instant back = Instant.now();
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();

        await().atMost(Duration.ofSeconds(60).minus(Duration.between(back, Instant.now())))
                .untilAsserted(
                        () -> assertThat(registrations.nationalConfirmed()).isEqualTo(nationalBefore + PARTICIPANTS));
        System.out.printf(
                "broker back: %d registered during the outage (answers seen: %s); all %d counted nationally %.1f s"
                        + " after its return; registration counts %d%n",
                duringOutage,
                registrations.answers,
                PARTICIPANTS,
                Duration.between(back, Instant.now()).toMillis() / 1000.0,
                registrations.confirmedByRegistration(days));
        assertThat(duringOutage).as("registration kept accepting").isPositive();
        assertThat(registrations.confirmedByRegistration(days)).isEqualTo(PARTICIPANTS);
        assertThat(processIds()).as("no service restarted").isEqualTo(processes);
    }

    private static List<Long> processIds() {
        return Stream.of(system.registration, system.workshop, system.synthesis, system.resource)
                .filter(ServiceProcess::alive)
                .map(ServiceProcess::pid)
                .toList();
    }
}
