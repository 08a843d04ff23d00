package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * Poison on every consumed topic (a record that is not JSON, a CloudEvent without a type, a known type whose data has
 * the wrong types) lands in each consumer's dead-letter topic, listed by its operators' endpoint, and the valid
 * records after it are applied within 10 s by workshop, resource and synthesis. Forged events (a registration from
 * another source than registration-service, a day moved to another region) are dead-lettered with their reason and
 * change nothing.
 */
@Order(5)
class PoisonRecordsTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");
    private static final Duration NEXT_RECORD = Duration.ofSeconds(10);

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void poison_is_dead_lettered_by_every_consumer_and_the_next_records_are_applied() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            poison(producer, "registration-events", "registration.RegionalDayScheduled.v1", marker);
            poison(producer, "workshop-events", "workshop.WorkshopPlanned.v1", marker);
            poison(producer, "resource-events", "resource.ResourceOfferedAtStand.v1", marker);
        }
        String resource = sharedResource();

        String day = openDay();
        String workshop = appliedWithin(() -> api.post(
                system.workshop.uri("/api/workshops"),
                TEAM,
                Map.of(
                        "regionalDayId",
                        day,
                        "themeCode",
                        "ACCESS_TO_RIGHTS",
                        "title",
                        "Après le poison",
                        "capacity",
                        20)));
        appliedWithin(() -> api.post(
                system.resource.uri("/api/regional-days/" + day + "/stand"), TEAM, Map.of("resourceId", resource)));

        await().atMost(NEXT_RECORD).until(() -> {
            Api.Reply synthesis = api.get(system.synthesis.uri("/api/regional-days/" + day + "/synthesis"), TEAM);
            return synthesis.status() == 200
                    && synthesis
                            .body()
                            .path("workshops")
                            .path(0)
                            .path("title")
                            .asText()
                            .equals("Après le poison")
                    && synthesis.body().path("resources").path("offered").asInt() == 1;
        });
        System.out.printf("after the poison: workshop %s planned, stand offered, synthesis applied both%n", workshop);

        assertDeadLettered(system.workshop, "registration-events.workshop-service.dlq", marker, 3);
        assertDeadLettered(system.resource, "registration-events.resource-service.dlq", marker, 3);
        assertDeadLettered(system.synthesis, "registration-events.synthesis-service.dlq", marker, 3);
        assertDeadLettered(system.synthesis, "workshop-events.synthesis-service.dlq", marker, 3);
        assertDeadLettered(system.synthesis, "resource-events.synthesis-service.dlq", marker, 3);
    }

    @Test
    void forged_events_are_dead_lettered_and_change_nothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        Organiser organiser = new Organiser(system, "FR-HDF");
        String day = organiser.openDay("Journée des faussaires", "2019-12-04", "Arras");
        await().atMost(NEXT_RECORD).until(() -> api.get(synthesisOf(day), TEAM).status() == 200);
        try (KafkaProducer<String, String> producer = producer()) {
            send(
                    producer,
                    forged(
                            "/intruder",
                            "registration.ParticipantRegistered.v1",
                            "from-elsewhere-" + marker,
                            day,
                            "\"registrationId\":\"" + UUID.randomUUID()
                                    + "\",\"status\":\"CONFIRMED\",\"category\":\"MEDIATOR\""));
            send(
                    producer,
                    forged(
                            "/registration",
                            "registration.RegionalDayScheduled.v1",
                            "moved-" + marker,
                            day,
                            "\"region\":\"FR-IDF\",\"title\":\"Déplacée\",\"date\":\"2019-12-04\",\"venue\":\"Paris\","
                                    + "\"capacity\":10"));
        }
        organiser.register(day, "MEDIATOR");

        await().atMost(NEXT_RECORD).untilAsserted(() -> {
            JsonNode synthesis = api.get(synthesisOf(day), TEAM).body();
            assertThat(synthesis.path("attendance").path("confirmed").asInt()).isEqualTo(1);
            assertThat(synthesis.path("region").asText()).isEqualTo("FR-HDF");
        });
        assertDeadLettered(system.synthesis, "registration-events.synthesis-service.dlq", marker, 2);
        assertDeadLettered(system.workshop, "registration-events.workshop-service.dlq", marker, 2);
        assertDeadLettered(system.resource, "registration-events.resource-service.dlq", marker, 2);
    }

    private static String forged(String source, String type, String id, String day, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + day
                + "\",\"time\":\"2019-12-04T09:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":{\"regionalDayId\":\""
                + day + "\"," + data + "}}";
    }

    private static void send(KafkaProducer<String, String> producer, String value) throws Exception {
        String day = value.replaceAll(".*\"subject\":\"([^\"]+)\".*", "$1");
        ProducerRecord<String, String> record = new ProducerRecord<>("registration-events", day, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes());
        producer.send(record).get();
    }

    private URI synthesisOf(String day) {
        return system.synthesis.uri("/api/regional-days/" + day + "/synthesis");
    }

    private static void poison(KafkaProducer<String, String> producer, String topic, String type, String marker)
            throws Exception {
        List<String> values = List.of(
                "not json " + marker,
                "{\"specversion\":\"1.0\",\"id\":\"no-type-" + marker + "\",\"source\":\"/poison\",\"data\":{}}",
                "{\"specversion\":\"1.0\",\"id\":\"wrong-types-" + marker + "\",\"source\":\"/poison\",\"type\":\""
                        + type + "\",\"time\":\"2019-12-04T09:00:00Z\",\"datacontenttype\":\"application/json\","
                        + "\"data\":{\"regionalDayId\":{\"a\":1},"
                        + "\"workshopId\":[1],\"resourceId\":[2],\"capacity\":\"many\",\"date\":\"not a date\"}}");
        for (String value : values) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "poison-" + marker, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes());
            producer.send(record).get();
        }
    }

    private void assertDeadLettered(ServiceProcess service, String deadLetterTopic, String marker, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> ours = new ArrayList<>();
            api.get(service.uri("/api/operations/dead-letters"), Tokens.operator())
                    .body()
                    .forEach(letter -> {
                        if (letter.path("topic").asText().equals(deadLetterTopic)
                                && letter.path("preview").asText().contains(marker)) {
                            ours.add(letter);
                        }
                    });
            assertThat(ours).as(deadLetterTopic).hasSize(count);
            assertThat(ours)
                    .allSatisfy(
                            letter -> assertThat(letter.path("reason").asText()).isNotBlank());
        });
        System.out.printf("%s: the %d records, each with its reason%n", deadLetterTopic, count);
    }

    /** Asks until the service knows what the earlier records told it, at most 10 s; answers the created id. */
    private String appliedWithin(Supplier<Api.Reply> request) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(NEXT_RECORD).pollInterval(Duration.ofMillis(200)).until(() -> {
            reply[0] = request.get();
            return reply[0].status() == 201;
        });
        return reply[0].body().path("id").asText();
    }

    private String sharedResource() {
        String resource = api.post(
                        system.resource.uri("/api/resources"),
                        TEAM,
                        Map.of(
                                "kind",
                                "BOOK",
                                "title",
                                "Guide après le poison",
                                "authors",
                                List.of("Réseau national"),
                                "publisher",
                                "Centre de ressources",
                                "year",
                                2019,
                                "themeCodes",
                                List.of("ACCESS_TO_RIGHTS")))
                .body()
                .path("id")
                .asText();
        api.post(system.resource.uri("/api/resources/" + resource + "/share"), TEAM, Map.of());
        return resource;
    }

    private String openDay() {
        Api.Reply day = api.post(
                system.registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region", "FR-HDF",
                        "title", "Journée après le poison",
                        "date", "2019-12-04",
                        "venue", "Liévin",
                        "capacity", 10));
        String dayId = day.body().path("id").asText();
        api.post(system.registration.uri("/api/regional-days/" + dayId + "/open"), TEAM, Map.of());
        return dayId;
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = system.kafkaClient();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
