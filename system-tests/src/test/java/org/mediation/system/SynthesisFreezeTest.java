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
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;

/**
 * The freeze seen in review, replayed on the topic: 1,200 contributions of 3,999 characters with 20 tags each, recorded
 * and withdrawn in one workshop (16.8 MB of text once, which synthesis kept in the day's document until the store
 * refused it and its consumer stood still). Synthesis goes on: a contribution recorded through the API afterwards is
 * in the day's synthesis, which holds exactly the two live contributions, and its export none of the withdrawn text.
 */
@Order(7)
class SynthesisFreezeTest {

    private static final String REGION = "FR-NOR";
    private static final String TEAM = Tokens.regionalTeam(REGION);
    private static final String RAPPORTEUR = Tokens.rapporteur("rapporteur-nor", REGION);
    private static final int WITHDRAWN = 1_200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void recording_and_withdrawing_without_end_never_stops_synthesis() throws Exception {
        String day = openDay();
        String workshop = plannedWorkshop(day);
        String before = contribute(workshop, "Avant le flot : les permanences sont saturées.");

        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < WITHDRAWN; i++) {
                String contribution = UUID.randomUUID().toString();
                sent.add(producer.send(record(workshop, recorded(day, workshop, contribution))));
                sent.add(producer.send(record(workshop, withdrawn(day, workshop, contribution))));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        }
        String after = contribute(workshop, "Après le flot : la synthèse suit toujours.");

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode contributions = api.get(
                                    system.synthesis.uri("/api/regional-days/" + day + "/synthesis"), TEAM)
                            .body()
                            .path("workshops")
                            .path(0)
                            .path("contributions");
                    assertThat(contributions.findValuesAsText("text"))
                            .containsExactlyInAnyOrder(
                                    "Avant le flot : les permanences sont saturées.",
                                    "Après le flot : la synthèse suit toujours.");
                });
        String export = api.text(system.synthesis.uri("/api/regional-days/" + day + "/synthesis.csv"), TEAM);
        assertThat(export).contains("Après le flot").doesNotContain("Retirée");
        System.out.printf(
                "after %d contributions recorded and withdrawn: %s and %s in the synthesis, nothing else%n",
                WITHDRAWN, before, after);
    }

    private static ProducerRecord<String, String> record(String workshop, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>("workshop-events", workshop, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes());
        return record;
    }

    private static String recorded(String day, String workshop, String contribution) {
        ObjectNode data = data(day, workshop, contribution)
                .put("kind", "PROPOSAL")
                .put("text", "Retirée " + "x".repeat(3_990))
                .put("themeCode", "ACCESS_TO_RIGHTS");
        IntStream.range(0, 20).forEach(i -> data.withArray("tags").add("étiquette-" + i + "-" + "y".repeat(20)));
        return event("workshop.ContributionRecorded.v1", workshop, data);
    }

    private static String withdrawn(String day, String workshop, String contribution) {
        return event("workshop.ContributionWithdrawn.v1", workshop, data(day, workshop, contribution));
    }

    private static ObjectNode data(String day, String workshop, String contribution) {
        return JSON.createObjectNode()
                .put("workshopId", workshop)
                .put("regionalDayId", day)
                .put("contributionId", contribution);
    }

    private static String event(String type, String workshop, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/workshop")
                .put("type", type)
                .put("subject", workshop)
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    private String openDay() {
        String day = api.post(
                        system.registration.uri("/api/regional-days"),
                        TEAM,
                        Map.of(
                                "region", REGION,
                                "title", "Journée au long cours",
                                "date", "2019-12-04",
                                "venue", "Caen",
                                "capacity", 10))
                .body()
                .path("id")
                .asText();
        api.post(system.registration.uri("/api/regional-days/" + day + "/open"), TEAM, Map.of());
        return day;
    }

    /** Planned (asked again while workshop-service has not learned the day yet), with its rapporteur. */
    private String plannedWorkshop(String day) {
        Api.Reply[] planned = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    planned[0] = api.post(
                            system.workshop.uri("/api/workshops"),
                            TEAM,
                            Map.of(
                                    "regionalDayId",
                                    day,
                                    "themeCode",
                                    "ACCESS_TO_RIGHTS",
                                    "title",
                                    "Sans fin",
                                    "capacity",
                                    20));
                    return planned[0].status() == 201;
                });
        String workshop = planned[0].body().path("id").asText();
        api.put(
                system.workshop.uri("/api/workshops/" + workshop + "/rapporteur"),
                TEAM,
                Map.of("userId", "rapporteur-nor", "name", "Anne Marie"));
        return workshop;
    }

    private String contribute(String workshop, String text) {
        Api.Reply reply = api.post(
                system.workshop.uri("/api/workshops/" + workshop + "/contributions"),
                RAPPORTEUR,
                Map.of("kind", "FINDING", "text", text, "tags", List.of("caen")));
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        system.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        1_048_576),
                new StringSerializer(),
                new StringSerializer());
    }
}
