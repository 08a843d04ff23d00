package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * MongoDB taken away from every service for 6 × the driver's server-selection timeout (30 s; 6 × the consumers'
 * longest back-off between retries: {@link TheSystem#SETTINGS}), so that the driver gives up, the consumers retry
 * and the publisher fails, again and again, while clients register: they get answers or 503 problems, never another 5xx; once the store is back, with
 * no restart, registration's day counts and synthesis' national count equal the participants registered, and
 * workshop-service knows each of them (each one registration lists can be enrolled in a workshop of its day).
 */
@Order(13)
class StoreOutageTest {

    private static final int PARTICIPANTS = 200;
    private static final int DAYS = 2;
    private static final Duration OUTAGE = Duration.ofSeconds(6L * TheSystem.SERVER_SELECTION_TIMEOUT_SECONDS);

    private static TheSystem system;
    private static Registrations registrations;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        // This test and the broker's outage mostly wait out timeouts: Keycloak's 45 s start (KeycloakSignInTest) fits.
        Keycloak.startInBackground();
        system = TheSystem.get();
        registrations = new Registrations(system);
    }

    @Test
    void six_server_selection_timeouts_without_the_store_lose_nothing() throws Exception {
        int nationalBefore = registrations.nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS)
                .mapToObj(i -> registrations.openDay("Journée sans base", PARTICIPANTS))
                .toList();
        AtomicInteger registered = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "outage-" + i + "@example.org";
            done.add(clients.submit(() -> {
                registrations.registerUntilAnswered(day, email);
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
                .untilAsserted(
                        () -> assertThat(registrations.nationalConfirmed()).isEqualTo(nationalBefore + PARTICIPANTS));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(registrations.confirmedByRegistration(days)).isEqualTo(PARTICIPANTS));
        int enrolled = days.stream().mapToInt(this::enrolledInWorkshopOf).sum();
        System.out.printf(
                "answers seen: %s; registration counts %d, national +%d, enrolled in workshops %d%n",
                registrations.answers,
                registrations.confirmedByRegistration(days),
                registrations.nationalConfirmed() - nationalBefore,
                enrolled);
        assertThat(enrolled).isEqualTo(PARTICIPANTS);
        assertThat(registrations.answers.keySet())
                .allSatisfy(status -> assertThat(status).isIn(201, 409, 503));
    }

    /** Plans a workshop of the day for all its participants and enrols each one registration lists; answers how many. */
    private int enrolledInWorkshopOf(String day) {
        String workshop = api.post(
                        system.workshop.uri("/api/workshops"),
                        Registrations.TEAM,
                        Map.of(
                                "regionalDayId",
                                day,
                                "themeCode",
                                "ACCESS_TO_RIGHTS",
                                "title",
                                "Atelier d'après la panne",
                                "capacity",
                                PARTICIPANTS))
                .body()
                .path("id")
                .asText();
        int enrolled = 0;
        for (String registration : registrations.registrationIds(day)) {
            Api.Reply enrolment = api.post(
                    system.workshop.uri("/api/workshops/" + workshop + "/enrolments"),
                    Registrations.TEAM,
                    Map.of("registrationId", registration));
            enrolled += enrolment.status() == 201 ? 1 : 0;
        }
        return enrolled;
    }
}
