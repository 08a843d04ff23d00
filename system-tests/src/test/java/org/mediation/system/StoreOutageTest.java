package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;

/**
 * MongoDB taken away from every service for 90 s (longer than the driver's, the publisher's and the consumers'
 * timeouts) while clients register: they get answers or 503 problems, never another 5xx; once the store is back,
 * with no restart, registration's day counts and the national count equal the participants registered.
 */
class StoreOutageTest {

    private static final int PARTICIPANTS = 200;
    private static final int DAYS = 2;
    private static final Duration OUTAGE = Duration.ofSeconds(90);
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void ninety_seconds_without_the_store_lose_nothing() throws Exception {
        int nationalBefore = nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS).mapToObj(i -> openDay()).toList();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger registered = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "outage-" + i + "@example.org";
            done.add(clients.submit(() -> {
                registerUntilAnswered(day, email, statuses);
                registered.incrementAndGet();
            }));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> registered.get() >= PARTICIPANTS / 4);
        system.store.pause();
        System.out.printf("MongoDB paused for %d s after %d registrations%n", OUTAGE.toSeconds(), registered.get());
        Thread.sleep(OUTAGE.toMillis()); // the outage itself
        system.store.resume();
        System.out.printf("MongoDB back after %d registrations%n", registered.get());
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(nationalConfirmed()).isEqualTo(nationalBefore + PARTICIPANTS));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(confirmedByRegistration(days)).isEqualTo(PARTICIPANTS));
        System.out.printf(
                "answers seen: %s; registration counts %d, national +%d%n",
                statuses, confirmedByRegistration(days), nationalConfirmed() - nationalBefore);
        assertThat(statuses.keySet()).allSatisfy(status -> assertThat(status).isIn(201, 409, 503));
    }

    private void registerUntilAnswered(String day, String email, Map<Integer, AtomicInteger> statuses) {
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Api.Reply reply = api.post(
                            system.registration.uri("/api/regional-days/" + day + "/registrations"),
                            TEAM,
                            person(email));
                    statuses.computeIfAbsent(reply.status(), status -> new AtomicInteger())
                            .incrementAndGet();
                    return reply.status() == 201 || reply.status() == 409;
                });
    }

    private int confirmedByRegistration(List<String> days) {
        return days.stream()
                .mapToInt(day -> api.get(system.registration.uri("/api/regional-days/" + day), TEAM)
                        .body()
                        .path("confirmed")
                        .asInt())
                .sum();
    }

    private String openDay() {
        Api.Reply day = api.post(
                system.registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region", "FR-HDF",
                        "title", "Journée sans base",
                        "date", "2019-12-04",
                        "venue", "Liévin",
                        "capacity", PARTICIPANTS));
        String dayId = day.body().path("id").asText();
        api.post(system.registration.uri("/api/regional-days/" + dayId + "/open"), TEAM, Map.of());
        return dayId;
    }

    private static Map<String, String> person(String email) {
        return Map.of(
                "firstName", "Camille",
                "lastName", "Durand",
                "email", email,
                "category", "MEDIATOR",
                "organisation", "AMS Lens");
    }

    private int nationalConfirmed() {
        return api.get(system.national(), Tokens.nationalOffice())
                .body()
                .path("attendance")
                .path("confirmed")
                .asInt();
    }
}
