package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The guard against the known gaps of Axon's Mongo tracking: 8 concurrent clients register 2,000 participants across
 * five regional days through registration-service's API; every registration the API accepted must be on
 * {@code registration-events} (its {@code ParticipantRegistered}, once per CloudEvent id) and synthesis must count
 * exactly 2,000 more confirmed. Public APIs and topics only.
 */
@Order(20)
class NoEventLeftBehindTest {

    private static final int PARTICIPANTS = 2_000;
    private static final int DAYS = 5;

    private static Registrations registrations;

    @BeforeAll
    static void start() throws Exception {
        registrations = new Registrations(TheSystem.get());
    }

    @Test
    void every_registration_reaches_kafka_and_the_national_aggregate() throws Exception {
        int confirmedBefore = registrations.nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS)
                .mapToObj(i -> registrations.openDay("Journée régionale", PARTICIPANTS))
                .toList();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "participant-" + i + "@example.org";
            replies.add(clients.submit(() -> registrations.register(day, email)));
        }
        Set<String> accepted = new HashSet<>();
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(201);
            assertThat(reply.get().body().path("status").asText()).isEqualTo("CONFIRMED");
            accepted.add(reply.get().body().path("id").asText());
        }
        clients.shutdown();

        // Correctness, not speed (benchmarks measure that): late in the suite the stores hold every earlier test's
        // events.
        await().atMost(Duration.ofSeconds(240))
                .untilAsserted(
                        () -> assertThat(registrations.nationalConfirmed()).isEqualTo(confirmedBefore + PARTICIPANTS));
        Registrations.Published published = registrations.published(Set.copyOf(days), accepted);
        assertThat(published.registered()).isEqualTo(accepted);
        assertThat(published.eventIds()).as("one CloudEvent id per event").hasSize(PARTICIPANTS + 2 * DAYS);
    }
}
