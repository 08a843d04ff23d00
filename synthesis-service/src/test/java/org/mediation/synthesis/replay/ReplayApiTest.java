package org.mediation.synthesis.replay;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.integration.inbound.SynthesisIntake;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators rebuild projections from the event history beside the live ones; every action lands in the audit log. */
class ReplayApiTest extends SynthesisServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase synthesisDatabase;

    @Autowired
    SynthesisIntake intake;

    @Autowired
    RegionalProjections projections;

    private Http http;
    private final String region = "FR-R" + UUID.randomUUID().toString().substring(0, 6);
    private final String day = UUID.randomUUID().toString();

    @BeforeEach
    void publishADay() {
        http = new Http(port);
        String workshop = UUID.randomUUID().toString();
        try (Publisher publisher = new Publisher()) {
            publisher.publish(
                    "registration.RegionalDayScheduled.v1",
                    Map.of("regionalDayId", day, "region", region, "venue", "Amiens"));
            for (int i = 0; i < 20; i++) {
                publisher.publish(
                        "registration.ParticipantRegistered.v1",
                        Map.of("regionalDayId", day, "registrationId", "r" + i));
            }
            publisher.publish(
                    "workshop.WorkshopPlanned.v1",
                    Map.of("workshopId", workshop, "regionalDayId", day, "region", region));
            publisher.publish("workshop.ContributionRecorded.v1", Map.of("workshopId", workshop, "regionalDayId", day));
            publisher.publish("workshop.ReportPublished.v1", Map.of("workshopId", workshop, "regionalDayId", day));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> region().path("contributions").asInt() == 1
                        && region().path("confirmed").asInt() == 20);
        // Every record of the three topics taken, this test's and earlier tests': none is applied during a replay.
        await().atMost(Duration.ofSeconds(60)).until(() -> unconsumedRecords() == 0);
    }

    @Test
    void a_replay_of_everything_gives_the_live_aggregate_again_and_reads_are_answered_meanwhile() {
        JsonNode before = withoutInstant(aggregate());
        long published = settledNationalRecords();

        JsonNode status = intake.exclusively(() -> {
            String id = start("{\"reason\":\"yearly audit\"}");
            // The swap waits for this lock: the replay has folded everything and stays RUNNING while we read.
            awaitFolded(id);
            assertThat(http.get("/api/national/aggregate", Tokens.nationalOffice())
                            .status())
                    .isEqualTo(200);
            assertThat(http.get("/api/regional-days/" + day + "/synthesis", Tokens.regionalTeam(region))
                            .status())
                    .isEqualTo(200);
            return replay(id);
        });
        JsonNode done = awaitCompleted(status.path("id").asText());

        assertThat(done.path("checksumAfter").asText())
                .isEqualTo(done.path("checksumBefore").asText())
                .hasSize(64);
        assertThat(done.path("swapped").asBoolean()).isTrue();
        assertThat(done.path("changedRegionalDays")).isEmpty();
        assertThat(done.path("total").asLong()).isGreaterThanOrEqualTo(25);
        assertThat(withoutInstant(aggregate())).isEqualTo(before);
        await().pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> nationalRecords() == published + 1);
        assertThat(auditActions(done.path("id").asText())).containsExactly("replay.requested", "replay.swapped");
    }

    @Test
    void an_event_numbered_before_the_replay_and_recorded_while_it_folds_is_kept_by_the_swap() {
        long number = reserveAHistoryNumber();
        InboundEvent late = registration("late");

        JsonNode status = intake.exclusively(() -> {
            String id = start("{\"scope\":{\"regionalDayId\":\"" + day + "\"},\"reason\":\"late record\"}");
            awaitFolded(id);
            // As an intake does while the replay reads: applied to the live day, then recorded under its number.
            projections.apply(List.of(late));
            synthesisDatabase.getCollection("event_history").insertOne(historyDocument(late, number));
            return replay(id);
        });
        JsonNode done = awaitCompleted(status.path("id").asText());

        assertThat(done.path("swapped").asBoolean()).isTrue();
        assertThat(done.path("changedRegionalDays")).isEmpty();
        assertThat(projections.find(day).orElseThrow().attendance().confirmed()).isEqualTo(21);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> region().path("confirmed").asInt() == 21);
    }

    private long reserveAHistoryNumber() {
        return synthesisDatabase
                .getCollection("counters")
                .findOneAndUpdate(
                        eq("event_history"),
                        inc("value", 1L),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))
                .getLong("value");
    }

    private InboundEvent registration(String registrationId) {
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("regionalDayId", day)
                .put("registrationId", registrationId)
                .put("status", "CONFIRMED");
        return new InboundEvent(
                UUID.randomUUID().toString(),
                "/registration-service",
                "registration.ParticipantRegistered.v1",
                day,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                data);
    }

    private static Document historyDocument(InboundEvent event, long number) {
        return new Document("_id", event.id())
                .append("sequence", number)
                .append("source", event.source())
                .append("type", event.type())
                .append("subject", event.subject())
                .append("time", Date.from(event.time()))
                .append("nano", event.time().getNano())
                .append("data", Document.parse(event.data().toString()));
    }

    @Test
    void a_dry_run_reports_a_damaged_day_without_repairing_it_and_a_scoped_replay_repairs_it() {
        synthesisDatabase.getCollection("regional_projections").updateOne(eq(day), set("venue", "Ailleurs"));
        long published = settledNationalRecords();

        JsonNode dryRun = awaitCompleted(
                start("{\"scope\":{\"regionalDayId\":\"" + day + "\"},\"dryRun\":true,\"reason\":\"check\"}"));

        assertThat(dryRun.path("swapped").asBoolean()).isFalse();
        assertThat(dryRun.path("checksumAfter").asText())
                .isNotEqualTo(dryRun.path("checksumBefore").asText());
        assertThat(dryRun.path("changedRegionalDays").toString()).isEqualTo("[\"" + day + "\"]");
        assertThat(venue()).isEqualTo("Ailleurs");
        assertThat(auditActions(dryRun.path("id").asText())).containsExactly("replay.requested", "replay.dry-run");

        JsonNode repair = awaitCompleted(start("{\"scope\":{\"region\":\"" + region + "\"},\"reason\":\"repair\"}"));

        assertThat(repair.path("swapped").asBoolean()).isTrue();
        assertThat(repair.path("checksumAfter").asText())
                .isEqualTo(dryRun.path("checksumAfter").asText());
        assertThat(venue()).isEqualTo("Amiens");
        await().pollDelay(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> nationalRecords() == published + 1);
    }

    @Test
    void every_instance_answers_for_a_replay_and_one_whose_instance_stopped_is_failed() {
        String id = start("{\"dryRun\":true,\"reason\":\"two instances\"}");
        awaitCompleted(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(id).equals("COMPLETED"));

        String running = UUID.randomUUID().toString();
        String stopped = UUID.randomUUID().toString();
        writtenByAnotherInstance(running, Instant.now());
        writtenByAnotherInstance(
                stopped, Instant.now().minus(ReplayStatuses.ABANDONED).minusSeconds(1));

        assertThat(replay(running).path("status").asText()).isEqualTo("RUNNING");
        assertThat(replay(running).path("processed").asLong()).isEqualTo(5);
        assertThat(replay(stopped).path("status").asText()).isEqualTo("FAILED");
        assertThat(replay(stopped).path("error").asText()).contains("stopped before it finished");
    }

    private String stored(String id) {
        Document stored =
                synthesisDatabase.getCollection("replays").find(eq(id)).first();
        return stored == null ? "" : stored.get("status", Document.class).getString("status");
    }

    private void writtenByAnotherInstance(String id, Instant written) {
        synthesisDatabase
                .getCollection("replays")
                .insertOne(new Document("_id", id)
                        .append(
                                "status",
                                new Document("id", id)
                                        .append("status", "RUNNING")
                                        .append("processed", 5)
                                        .append("total", 10)
                                        .append("scope", new Document())
                                        .append("dryRun", false)
                                        .append("swapped", false))
                        .append("written", Date.from(written)));
    }

    @Test
    void only_operators_replay_and_they_say_why() {
        assertThat(http.post("/api/operations/replays", Tokens.operator(), "{\"dryRun\":true}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/operations/replays", Tokens.operator(), "{\"reason\":")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("/api/operations/replays", Tokens.nationalOffice(), "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/operations/replays/" + UUID.randomUUID(), Tokens.operator())
                        .status())
                .isEqualTo(404);
    }

    private String start(String body) {
        Http.Reply reply = http.post("/api/operations/replays", Tokens.operator(), body);
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().path("id").asText();
    }

    private JsonNode replay(String id) {
        return http.get("/api/operations/replays/" + id, Tokens.operator()).json();
    }

    /** Until the replay has folded the history it found and waits for its swap. */
    private void awaitFolded(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode running = replay(id);
            return running.path("status").asText().equals("RUNNING")
                    && running.path("processed").asLong()
                            == running.path("total").asLong();
        });
    }

    private JsonNode awaitCompleted(String id) {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> List.of("COMPLETED", "FAILED")
                        .contains(replay(id).path("status").asText()));
        JsonNode done = replay(id);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("processed").asLong()).isEqualTo(done.path("total").asLong());
        return done;
    }

    private List<String> auditActions(String replayId) {
        JsonNode entries =
                http.get("/api/operations/audit-log", Tokens.operator()).json();
        List<String> actions = new java.util.ArrayList<>();
        entries.forEach(entry -> {
            if (entry.path("details").path("replayId").asText().equals(replayId)) {
                actions.add(entry.path("action").asText());
            }
        });
        return actions;
    }

    private JsonNode aggregate() {
        return http.get("/api/national/aggregate", Tokens.nationalOffice()).json();
    }

    private JsonNode region() {
        return aggregate().path("regions").path(region);
    }

    private String venue() {
        return http.get("/api/regional-days/" + day + "/synthesis", Tokens.operator())
                .json()
                .path("venue")
                .asText();
    }

    private static JsonNode withoutInstant(JsonNode aggregate) {
        ((ObjectNode) aggregate).remove("asOf");
        return aggregate;
    }

    /** The record count once the debounced publication of earlier changes is over (unchanged for a second). */
    private static long settledNationalRecords() {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    long now = nationalRecords();
                    boolean settled = now == last[0];
                    last[0] = now;
                    return settled;
                });
        return last[0];
    }

    /** How many records the national-aggregates topic holds (end offsets summed over its partitions). */
    private static long nationalRecords() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer, "national-aggregates")).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** How many records of the three consumed topics synthesis has not committed as taken yet. */
    private static long unconsumedRecords() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer();
                Admin admin = Admin.create(config())) {
            Map<TopicPartition, OffsetAndMetadata> taken = admin.listConsumerGroupOffsets("synthesis-service")
                    .partitionsToOffsetAndMetadata()
                    .get();
            List<TopicPartition> consumed = Stream.of("registration-events", "workshop-events", "resource-events")
                    .flatMap(topic -> partitions(consumer, topic).stream())
                    .toList();
            return consumer.endOffsets(consumed).entrySet().stream()
                    .mapToLong(end -> end.getValue()
                            - (taken.get(end.getKey()) == null
                                    ? 0
                                    : taken.get(end.getKey()).offset()))
                    .sum();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(config(), new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, Object> config() {
        return Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers());
    }
}
