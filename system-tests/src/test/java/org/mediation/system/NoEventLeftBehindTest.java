package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;

/**
 * The guard against the known gaps of Axon's Mongo tracking: 8 concurrent clients register 2,000 participants across
 * five regional days through registration-service's API; every registration the API accepted must be on
 * {@code registration-events} (its {@code ParticipantRegistered}, once per CloudEvent id) and synthesis must count
 * exactly 2,000 more confirmed. Public APIs and topics only.
 */
class NoEventLeftBehindTest {

    private static final int PARTICIPANTS = 2_000;
    private static final int DAYS = 5;
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void every_registration_reaches_kafka_and_the_national_aggregate() throws Exception {
        int confirmedBefore = nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS).mapToObj(i -> openDay()).toList();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "participant-" + i + "@example.org";
            replies.add(
                    clients.submit(() -> api.post(system.registration.uri(registrationsOf(day)), TEAM, person(email))));
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
                .untilAsserted(() -> assertThat(nationalConfirmed()).isEqualTo(confirmedBefore + PARTICIPANTS));
        Published published = publishedFor(Set.copyOf(days), accepted);
        assertThat(published.registered()).isEqualTo(accepted);
        assertThat(published.eventIds()).as("one CloudEvent id per event").hasSize(PARTICIPANTS + 2 * DAYS);
    }

    private String openDay() {
        Api.Reply day = api.post(
                system.registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region", "FR-HDF",
                        "title", "Journée régionale",
                        "date", "2019-12-04",
                        "venue", "Liévin",
                        "capacity", PARTICIPANTS));
        String dayId = day.body().path("id").asText();
        api.post(system.registration.uri("/api/regional-days/" + dayId + "/open"), TEAM, Map.of());
        return dayId;
    }

    private static String registrationsOf(String dayId) {
        return "/api/regional-days/" + dayId + "/registrations";
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

    /** What {@code registration-events} holds about the days: the CloudEvent ids and the registrations announced. */
    private record Published(Set<String> eventIds, Set<String> registered) {}

    private static Published publishedFor(Set<String> days, Set<String> expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "no-event-left-behind-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        Published published = new Published(new HashSet<>(), new HashSet<>());
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registration-events"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!published.registered().containsAll(expected) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (days.contains(record.key())) {
                        JsonNode event = read(record.value());
                        published.eventIds().add(event.path("id").asText());
                        if (event.path("type").asText().equals("registration.ParticipantRegistered.v1")) {
                            published
                                    .registered()
                                    .add(event.path("data")
                                            .path("registrationId")
                                            .asText());
                        }
                    }
                });
            }
        }
        return published;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
