package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * Two instances of registration-service and two of synthesis-service on the same MongoDB and Kafka. Clients
 * alternate between the registration instances on four days of capacity 25 while the second synthesis instance
 * replays and swaps everything: the capacity holds exactly across the two registration JVMs (each conflict on append
 * is run again, never answered as an error); both synthesis instances, which share the topics' partitions, give the
 * same national figures, equal to what was answered; the last record of {@code national-aggregates} says the same;
 * and the live projections equal a clean rebuild.
 */
@Order(11)
class TwoInstancesOfEachTest {

    private static final int DAYS = 4;
    private static final int CAPACITY = 25;
    private static final int PARTICIPANTS = 160;
    private static final String OPERATOR = Tokens.operator();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private static ServiceProcess secondRegistration;
    private static ServiceProcess secondSynthesis;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
        CompletableFuture<ServiceProcess> registration = system.starting("registration-service");
        CompletableFuture<ServiceProcess> synthesis = system.starting("synthesis-service");
        secondRegistration = registration.join();
        secondSynthesis = synthesis.join();
    }

    @AfterAll
    static void stop() {
        secondRegistration.close();
        secondSynthesis.close();
    }

    @Test
    void the_figures_hold_exactly_across_two_instances_of_each() throws Exception {
        Registrations registrations = new Registrations(system);
        JsonNode before = figures(system.synthesis).path("attendance");
        List<String> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            days.add(registrations.openDay("Journée à deux instances " + d, CAPACITY));
        }
        List<ServiceProcess> registrationInstances = List.of(system.registration, secondRegistration);
        List<ServiceProcess> synthesisInstances = List.of(system.synthesis, secondSynthesis);
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        String replay = null;
        for (int i = 0; i < PARTICIPANTS; i++) {
            ServiceProcess instance = registrationInstances.get(i % 2);
            String day = days.get(i % DAYS);
            String email = "two-instances-" + i + "@example.org";
            done.add(clients.submit(() -> {
                Api.Reply reply = api.post(
                        instance.uri("/api/regional-days/" + day + "/registrations"),
                        Registrations.TEAM,
                        Registrations.person(email));
                String answer =
                        reply.status() == 201 ? reply.body().path("status").asText() : Integer.toString(reply.status());
                answers.computeIfAbsent(answer, key -> new AtomicInteger()).incrementAndGet();
            }));
            if (i == PARTICIPANTS / 2) {
                replay = startReplay(secondSynthesis, false);
            }
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        JsonNode replayed = awaitCompleted(secondSynthesis, replay);
        System.out.printf(
                "two instances of each, %d participants on %d days of capacity %d: answers %s; replay on the second"
                        + " synthesis instance swapped %s after %d events%n",
                PARTICIPANTS,
                DAYS,
                CAPACITY,
                answers,
                replayed.path("swapped"),
                replayed.path("processed").asInt());

        int capacity = DAYS * CAPACITY;
        assertThat(answers.keySet()).containsOnly("CONFIRMED", "WAITLISTED");
        assertThat(answers.get("CONFIRMED")).hasValue(capacity);
        assertThat(answers.get("WAITLISTED")).hasValue(PARTICIPANTS - capacity);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ServiceProcess instance : registrationInstances) {
                for (String day : days) {
                    assertThat(api.get(instance.uri("/api/regional-days/" + day), Registrations.TEAM)
                                    .body()
                                    .path("confirmed")
                                    .asInt())
                            .isEqualTo(CAPACITY);
                }
            }
            JsonNode national = figures(system.synthesis);
            assertThat(national.path("attendance").path("confirmed").asInt())
                    .isEqualTo(before.path("confirmed").asInt() + capacity);
            assertThat(national.path("attendance").path("waitlisted").asInt())
                    .isEqualTo(before.path("waitlisted").asInt() + PARTICIPANTS - capacity);
            assertThat(figures(secondSynthesis)).isEqualTo(national);
            assertThat(lastPublished()).isEqualTo(national);
        });
        JsonNode dryRun = awaitCompleted(system.synthesis, startReplay(system.synthesis, true));
        assertThat(dryRun.path("changedRegionalDays")).isEmpty();
        assertThat(dryRun.path("checksumAfter").asText())
                .isEqualTo(dryRun.path("checksumBefore").asText());
    }

    /** One instance's national aggregate without the instant it was read at. */
    private JsonNode figures(ServiceProcess synthesis) {
        ObjectNode aggregate = (ObjectNode) api.get(synthesis.uri("/api/national/aggregate"), Tokens.nationalOffice())
                .body();
        return aggregate.without("asOf");
    }

    private String startReplay(ServiceProcess synthesis, boolean dryRun) {
        Api.Reply started = api.post(
                synthesis.uri("/api/operations/replays"),
                OPERATOR,
                Map.of("scope", Map.of(), "dryRun", dryRun, "reason", "two instances of each"));
        assertThat(started.status()).isEqualTo(202);
        return started.body().path("id").asText();
    }

    private JsonNode awaitCompleted(ServiceProcess synthesis, String replay) {
        return await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> api.get(synthesis.uri("/api/operations/replays/" + replay), OPERATOR)
                                .body(),
                        status -> status.path("status").asText().equals("COMPLETED"));
    }

    /** The last record of {@code national-aggregates} (the current national figures), without its instant. */
    private JsonNode lastPublished() throws Exception {
        Map<String, Object> config = system.kafkaClient();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("national-aggregates").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            String last = null;
            for (TopicPartition partition : partitions) {
                if (ends.get(partition) > 0) {
                    consumer.seek(partition, ends.get(partition) - 1);
                }
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (last == null && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    last = record.value();
                }
            }
            return last == null ? null : ((ObjectNode) JSON.readTree(last).path("data")).without("asOf");
        }
    }
}
