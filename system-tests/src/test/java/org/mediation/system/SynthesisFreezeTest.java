package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
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
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;

/**
 * The freeze seen in review, replayed on the topic: contributions of 3,999 characters with 20 tags each, recorded and
 * withdrawn 1,200 times in one workshop (1,150 made 16.8 MB, which synthesis kept in the day's document until the
 * store refused it and its consumer stood still). The day's document does not grow with them, no withdrawn text is
 * kept, and a contribution recorded through the API afterwards is in the day's synthesis, which holds exactly the two
 * live contributions.
 */
@Order(7)
class SynthesisFreezeTest {

    private static final String REGION = "FR-NOR";
    private static final String TEAM = Tokens.regionalTeam(REGION);
    private static final int WITHDRAWN = 1_200;
    private static final int SMALL_DOCUMENT_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void recording_and_withdrawing_without_end_never_stops_synthesis() throws Exception {
        Organiser organiser = new Organiser(system, REGION);
        String day = organiser.openDay("Journée au long cours", "2019-12-04", "Caen");
        String workshop = organiser.workshopWithRapporteur(day, "ACCESS_TO_RIGHTS", "Sans fin");
        String before = organiser.contribute(workshop, "FINDING", "Avant le flot : les permanences sont saturées.");

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
        String after = organiser.contribute(workshop, "FINDING", "Après le flot : la synthèse suit toujours.");

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
        try (MongoClient client = MongoClients.create(system.mongoUri())) {
            MongoDatabase synthesis = client.getDatabase("synthesis");
            RawBsonDocument dayDocument = synthesis
                    .getCollection("regional_projections", RawBsonDocument.class)
                    .find(Filters.eq("_id", day))
                    .first();
            assertThat(dayDocument.getByteBuffer().remaining()).isLessThan(SMALL_DOCUMENT_BYTES);
            assertThat(synthesis.getCollection("regional_contributions").find(Filters.eq("regionalDayId", day)))
                    .hasSize(WITHDRAWN + 2)
                    .noneMatch(contribution -> contribution.toJson().contains("Retirée"));
            System.out.printf(
                    "after %d contributions recorded and withdrawn: %s and %s in the synthesis, a day's document of"
                            + " %d bytes%n",
                    WITHDRAWN, before, after, dayDocument.getByteBuffer().remaining());
        }
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
                .put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = system.kafkaClient();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_048_576);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
