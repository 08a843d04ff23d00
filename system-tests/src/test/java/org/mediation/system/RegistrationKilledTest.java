package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of registration-service twice while clients register and its outbox publishes: a client whose request
 * died with the process asks again (201, or 409 if the first attempt had been stored). Afterwards registration's day
 * counts, the registrations announced on {@code registration-events} and synthesis' national count all equal the
 * participants registered, each exactly once.
 */
@Order(12)
class RegistrationKilledTest {

    private static final int PARTICIPANTS = 300;
    private static final int DAYS = 2;
    private static final int KILLS = 2;

    private static TheSystem system;
    private static Registrations registrations;

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
        registrations = new Registrations(system);
    }

    @Test
    void two_kills_lose_and_duplicate_nothing() throws Exception {
        int nationalBefore = registrations.nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS)
                .mapToObj(i -> registrations.openDay("Journée régionale", PARTICIPANTS))
                .toList();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger registered = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "killed-" + i + "@example.org";
            done.add(clients.submit(() -> {
                String id = registrations.registerUntilAnswered(day, email);
                if (id != null) {
                    accepted.add(id);
                }
                registered.incrementAndGet();
            }));
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            int threshold = kill * PARTICIPANTS / (KILLS + 1);
            await().atMost(Duration.ofSeconds(120)).until(() -> registered.get() >= threshold);
            system.killAndRestartRegistration();
            System.out.printf(
                    "kill -9 #%d of registration-service after %d registrations; restarted%n", kill, threshold);
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(
                        () -> assertThat(registrations.nationalConfirmed()).isEqualTo(nationalBefore + PARTICIPANTS));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(registrations.confirmedByRegistration(days)).isEqualTo(PARTICIPANTS));
        Set<String> announced =
                registrations.published(Set.copyOf(days), accepted).registered();
        System.out.printf(
                "%d registered (answers seen: %s; 0 = connection lost with a kill), %d announced on"
                        + " registration-events, national +%d%n",
                PARTICIPANTS,
                registrations.answers,
                announced.size(),
                registrations.nationalConfirmed() - nationalBefore);
        assertThat(announced).hasSize(PARTICIPANTS).containsAll(accepted);
    }
}
