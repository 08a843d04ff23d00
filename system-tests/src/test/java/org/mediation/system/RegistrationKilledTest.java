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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;

/**
 * kill -9 of registration-service three times while clients register and its outbox publishes: a client whose request
 * died with the process asks again (201, or 409 if the first attempt had been stored). Afterwards registration's day
 * counts, the registrations announced on {@code registration-events} and synthesis' national count all equal the
 * participants registered, each exactly once.
 */
class RegistrationKilledTest {

    private static final int PARTICIPANTS = 300;
    private static final int DAYS = 2;
    private static final int KILLS = 3;
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void three_kills_lose_and_duplicate_nothing() throws Exception {
        int nationalBefore = nationalConfirmed();
        List<String> days = IntStream.range(0, DAYS).mapToObj(i -> openDay()).toList();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger registered = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String day = days.get(i % DAYS);
            String email = "killed-" + i + "@example.org";
            done.add(clients.submit(() -> {
                registerUntilAnswered(day, email, accepted, retried);
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
                .untilAsserted(() -> assertThat(nationalConfirmed()).isEqualTo(nationalBefore + PARTICIPANTS));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(confirmedByRegistration(days)).isEqualTo(PARTICIPANTS));
        Set<String> announced = announced(Set.copyOf(days), accepted);
        System.out.printf(
                "%d registered (%d asked again after a kill), %d announced on registration-events, national +%d%n",
                PARTICIPANTS, retried.get(), announced.size(), nationalConfirmed() - nationalBefore);
        assertThat(announced).hasSize(PARTICIPANTS).containsAll(accepted);
    }

    private void registerUntilAnswered(String day, String email, Set<String> accepted, AtomicInteger retried) {
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try {
                        Api.Reply reply = api.post(
                                system.registration.uri("/api/regional-days/" + day + "/registrations"),
                                TEAM,
                                person(email));
                        if (reply.status() == 201) {
                            accepted.add(reply.body().path("id").asText());
                        }
                        return reply.status() == 201 || reply.status() == 409;
                    } catch (IllegalStateException connectionLost) {
                        retried.incrementAndGet();
                        return false;
                    }
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
                        "title", "Journée régionale",
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

    /** The registrations announced on {@code registration-events} for the days (each id once however often sent). */
    private static Set<String> announced(Set<String> days, Set<String> expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "killed-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        Set<String> announced = new HashSet<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registration-events"));
            long deadline = System.currentTimeMillis() + 60_000;
            long quietUntil = 0;
            while (System.currentTimeMillis() < deadline
                    && (!announced.containsAll(expected)
                            || announced.size() < PARTICIPANTS
                            || System.currentTimeMillis() < quietUntil)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (days.contains(record.key())) {
                        JsonNode event = read(record.value());
                        if (event.path("type").asText().equals("registration.ParticipantRegistered.v1")) {
                            announced.add(
                                    event.path("data").path("registrationId").asText());
                            quietUntil = System.currentTimeMillis() + 2_000;
                        }
                    }
                }
            }
        }
        return announced;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
