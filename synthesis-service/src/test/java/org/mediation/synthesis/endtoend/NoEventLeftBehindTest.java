package org.mediation.synthesis.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 2's guard against the known gaps of Axon's Mongo tracking: 8 concurrent clients register 2,000 participants
 * across five regional days through registration-service (its own JVM); synthesis must count exactly 2,000 more
 * confirmed, and every event registration-service stored must be on Kafka.
 */
class NoEventLeftBehindTest extends SynthesisServiceTest {

    private static final int PARTICIPANTS = 2_000;
    private static final int DAYS = 5;
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    private static ServiceProcess registration;
    private final Api api = new Api();

    @LocalServerPort
    int port;

    @Autowired
    MongoClient mongo;

    @BeforeAll
    static void startRegistration() throws IOException {
        registration = ServiceProcess.start("registration-service", TestInfrastructure.get());
    }

    @AfterAll
    static void stopRegistration() {
        registration.close();
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
            replies.add(clients.submit(() -> api.post(registration.uri(registrationsOf(day)), TEAM, person(email))));
        }
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(201);
            assertThat(reply.get().body().path("status").asText()).isEqualTo("CONFIRMED");
        }
        clients.shutdown();

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(nationalConfirmed()).isEqualTo(confirmedBefore + PARTICIPANTS));
        Set<String> stored = storedEventIds(days);
        assertThat(stored).hasSize(PARTICIPANTS + 2 * DAYS);
        assertThat(publishedEventIds(stored)).containsAll(stored);
    }

    private String openDay() {
        Api.Reply day = api.post(
                registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region", "FR-HDF",
                        "title", "Journée régionale",
                        "date", "2019-12-04",
                        "venue", "Liévin",
                        "capacity", PARTICIPANTS));
        String dayId = day.body().path("id").asText();
        api.post(registration.uri("/api/regional-days/" + dayId + "/open"), TEAM, Map.of());
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
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/national/aggregate");
        return api.get(uri, Tokens.nationalOffice())
                .body()
                .path("attendance")
                .path("confirmed")
                .asInt();
    }

    private Set<String> storedEventIds(List<String> days) {
        Set<String> ids = new HashSet<>();
        mongo.getDatabase("registration")
                .getCollection("domainevents")
                .find(Filters.in("aggregateIdentifier", days))
                .forEach((Document event) -> ids.add(event.getString("eventIdentifier")));
        return ids;
    }

    private static Set<String> publishedEventIds(Set<String> expected) {
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "no-event-left-behind-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registration-events"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!seen.containsAll(expected) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(cloudEventId(record.value())));
            }
        }
        return seen;
    }

    private static String cloudEventId(String value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(value)
                    .path("id")
                    .asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
