package org.mediation.synthesis.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A record synthesis can never read goes at once to {@code registration-events.synthesis-service.dlq} with the
 * reason in its headers, and the next valid record is applied: poison neither blocks the topic nor vanishes.
 */
class DeadLetterTest extends SynthesisServiceTest {

    private static final String DLQ = "registration-events.synthesis-service.dlq";
    private static final String REASON = "{\"reason\":\"the store is back\"}";

    @LocalServerPort
    int port;

    @Autowired
    RegionalProjections projections;

    @Test
    void poison_is_dead_lettered_with_its_reason_and_the_next_record_is_applied() throws Exception {
        String notJson = "not json " + UUID.randomUUID();
        String withoutType = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"source\":\"/registration\",\"data\":{}}";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("registration-events", "poison", notJson))
                    .get();
            producer.send(new ProducerRecord<>("registration-events", "poison", withoutType))
                    .get();
        }
        String day = UUID.randomUUID().toString();
        try (Publisher publisher = new Publisher()) {
            publisher.publish("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> projections.find(day).isPresent());
        List<ConsumerRecord<String, String>> dead = deadLetters(2);
        assertThat(dead).extracting(ConsumerRecord::value).contains(notJson, withoutType);
        assertThat(dead)
                .allSatisfy(record -> assertThat(new String(
                                record.headers()
                                        .lastHeader("x-exception-message")
                                        .value(),
                                StandardCharsets.UTF_8))
                        .contains("Not a readable CloudEvent"));
    }

    /**
     * A known type whose fields have the wrong types is dead-lettered before anything is written: a projection changed
     * by an event the history never records would differ from every rebuild.
     */
    @Test
    void an_event_of_the_wrong_shape_changes_no_projection() throws Exception {
        Http http = new Http(port);
        List<String> poison;
        try (Publisher publisher = new Publisher()) {
            poison = List.of(
                    publisher.publish(
                            "workshop.WorkshopPlanned.v1",
                            Map.of("regionalDayId", Map.of("a", 1), "workshopId", List.of(1), "capacity", "many")),
                    publisher.publish(
                            "resource.ResourceOfferedAtStand.v1",
                            Map.of("regionalDayId", List.of(3), "resourceId", List.of(2))));
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> poison.stream().allMatch(id -> deadLetterOf(http, id) != null));
        assertThat(projections.all().keySet()).allSatisfy(id -> assertThat(id).isNotBlank());
    }

    /**
     * Issue 28 §7: a scheduling that would move a known day to another region is not applied; operators find it among
     * the dead letters with the reason, and the day's next events are applied.
     */
    @Test
    void a_scheduling_that_moves_a_known_day_to_another_region_is_dead_lettered_with_its_reason() {
        Http http = new Http(port);
        String day = UUID.randomUUID().toString();
        String moved;
        try (Publisher publisher = new Publisher()) {
            publisher.publish("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", "FR-BRE"));
            moved = publisher.publish(
                    "registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", "FR-OCC"));
            publisher.publish(
                    "registration.ParticipantRegistered.v1",
                    Map.of(
                            "regionalDayId",
                            day,
                            "registrationId",
                            UUID.randomUUID().toString(),
                            "status",
                            "CONFIRMED"));
        }

        JsonNode letter =
                await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterOf(http, moved), found -> found != null);
        assertThat(letter.path("reason").asText()).contains("from region FR-BRE to FR-OCC");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> projections
                                .find(day)
                                .map(known -> known.attendance().confirmed()),
                        Optional.of(1)::equals);
        assertThat(projections.find(day).orElseThrow().region()).isEqualTo("FR-BRE");
    }

    @Test
    void an_operator_lists_and_redrives_a_dead_letter_once_and_it_is_applied() throws Exception {
        Http http = new Http(port);
        String day = UUID.randomUUID().toString();
        String eventId;
        try (Publisher publisher = new Publisher()) {
            eventId = publisher.deadLetter(
                    "registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day), DLQ, "Store was away");
        }
        JsonNode listed = await().atMost(Duration.ofSeconds(20))
                .until(() -> deadLetterOf(http, eventId), letter -> letter != null);
        assertThat(listed.path("reason").asText()).isEqualTo("Store was away");
        assertThat(listed.path("originalTopic").asText()).isEqualTo("registration-events");
        assertThat(listed.path("redrivenAt").isNull()).isTrue();
        String redrive = "/api/operations/dead-letters/" + listed.path("id").asText() + "/redrive";
        assertThat(http.post(redrive, Tokens.nationalOffice(), REASON).status()).isEqualTo(403);
        assertThat(http.post(redrive, Tokens.operator(), "{\"reason\":\" \"}").status())
                .isEqualTo(400);

        Http.Reply first = http.post(redrive, Tokens.operator(), REASON);
        Http.Reply second = http.post(redrive, Tokens.operator(), REASON);

        assertThat(first.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> projections.find(day).isPresent());
        assertThat(second.json().path("redrivenAt").asText())
                .isEqualTo(first.json().path("redrivenAt").asText());
        assertThat(copiesOn("registration-events", eventId)).isEqualTo(1);
        assertThat(http.get("/api/operations/audit-log", Tokens.operator()).body())
                .contains("dead-letters.redrive", listed.path("id").asText());
    }

    private static JsonNode deadLetterOf(Http http, String eventId) {
        for (JsonNode letter :
                http.get("/api/operations/dead-letters", Tokens.operator()).json()) {
            if (letter.path("preview").asText().contains(eventId)) {
                return letter;
            }
        }
        return null;
    }

    private static long copiesOn(String topic, String eventId) {
        try (KafkaConsumer<String, String> consumer = reader()) {
            consumer.subscribe(List.of(topic));
            long copies = 0;
            long idle = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < idle) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    idle = System.currentTimeMillis() + 3_000;
                    copies += record.value().contains(eventId) ? 1 : 0;
                }
            }
            return copies;
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(),
                new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> deadLetters(int atLeast) {
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = reader()) {
            consumer.subscribe(List.of(DLQ));
            long deadline = System.currentTimeMillis() + 30_000;
            while (dead.size() < atLeast && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(dead::add);
            }
        }
        return dead;
    }

    private static KafkaConsumer<String, String> reader() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "dlq-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
