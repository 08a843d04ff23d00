package org.mediation.synthesis.edition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.mediation.synthesis.edition.query.EditionHistory;
import org.mediation.synthesis.edition.query.Editions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national office's edition of a restitution, through the service's HTTP API on the real broker and store: from
 * two regions' proposals to a published version a regional team reads; flags after publication; the read model lost
 * and rebuilt from the editions' events, as a replay of everything does, giving the same version byte for byte.
 */
class EditionApiTest extends SynthesisServiceTest {

    private static final String THEME = "ACCESS_TO_RIGHTS";

    @LocalServerPort
    int port;

    @Autowired
    Editions editions;

    @Autowired
    EditionHistory history;

    private Http http;
    private Publisher publisher;

    @BeforeEach
    void open() {
        http = new Http(port);
        publisher = new Publisher();
    }

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void two_regions_proposals_become_one_statement_of_version_one_which_each_region_finds_its_own_in() {
        Proposal lievin = proposal("FR-HDF", "2048-03-10", "Journée de Liévin", "Des permanences dans chaque mairie.");
        Proposal rouen = proposal("FR-NOR", "2048-03-20", "Journée de Rouen", "Des permanences itinérantes.");
        awaitPublished(lievin, rouen);

        String edition = create("2048-03-01", "2048-03-31");
        assertThat(http.get(path(edition, "/sources"), Tokens.nationalOffice())
                        .json()
                        .findValuesAsText("contributionId"))
                .contains(lievin.contribution(), rouen.contribution());
        Http.Reply statement = http.post(
                path(edition, "/statements"),
                Tokens.nationalOffice(),
                statement("Ouvrir des permanences numériques, fixes et itinérantes.", lievin, rouen));
        assertThat(statement.status()).isEqualTo(201);
        assertThat(http.put(
                                path(edition, "/themes/" + THEME + "/introduction"),
                                Tokens.nationalOffice(),
                                "{\"text\":\"Les régions demandent une présence de proximité.\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http.pdfText(path(edition, "/preview"), Tokens.nationalOffice()))
                .contains("aperçu", "Ouvrir des permanences numériques, fixes et itinérantes.");

        Http.Reply published = http.post(path(edition, "/versions"), Tokens.nationalOffice(), "");
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.json().path("number").asInt()).isEqualTo(1);
        assertThat(published.body())
                .as("a statement's lineage holds no contribution text")
                .doesNotContain("Des permanences dans chaque mairie.", "Des permanences itinérantes.");
        Http.Reply again = http.post(path(edition, "/versions"), Tokens.nationalOffice(), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        assertThat(http.pdfText(path(edition, "/versions/1"), Tokens.regionalTeam("FR-NOR")))
                .contains("version 1")
                .contains("Les régions demandent une présence de proximité.")
                .contains("Ouvrir des permanences numériques, fixes et itinérantes.")
                .contains("Hauts-de-France — Journée de Liévin, 10 mars 2048")
                .contains("Normandie — Journée de Rouen, 20 mars 2048");
        JsonNode own = http.get(path(edition, "/versions/1/regions/FR-HDF"), Tokens.regionalTeam("FR-HDF"))
                .json();
        assertThat(own.path("statements").size()).isEqualTo(1);
        assertThat(own.path("statements").path(0).path("sources").findValuesAsText("contributionId"))
                .containsExactly(lievin.contribution());
        assertThat(http.get(path(edition, "/versions/1/regions/FR-NOR"), Tokens.regionalTeam("FR-HDF"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/national/editions", Tokens.regionalTeam("FR-HDF"))
                        .json()
                        .findValuesAsText("editionId"))
                .contains(edition);
        Instant publishedAt = Instant.parse(published.json().path("publishedAt").asText());
        assertThat(http.get(
                                path(edition, "/versions?asOf=" + publishedAt.minusMillis(1)),
                                Tokens.regionalTeam("FR-HDF"))
                        .json())
                .isEmpty();
        assertThat(http.get(path(edition, "/versions?asOf=" + publishedAt), Tokens.regionalTeam("FR-HDF"))
                        .json()
                        .findValuesAsText("number"))
                .containsExactly("1");
        assertThat(announcement(edition).path("data").path("regions").toString())
                .isEqualTo("[\"FR-HDF\",\"FR-NOR\"]");
    }

    @Test
    void an_amended_source_is_flagged_in_the_next_draft_and_version_one_is_rebuilt_from_its_events_as_published() {
        Proposal caen = proposal("FR-NOR", "2048-04-10", "Journée de Caen", "Former les agents d'accueil.");
        awaitPublished(caen);
        String edition = create("2048-04-01", "2048-04-30");
        http.post(path(edition, "/statements"), Tokens.nationalOffice(), statement("Former l'accueil.", caen));
        http.post(path(edition, "/versions"), Tokens.nationalOffice(), "");
        String version =
                http.get(path(edition, "/versions/1"), Tokens.nationalOffice()).body();
        String pdf = http.pdfText(path(edition, "/versions/1"), Tokens.nationalOffice());

        caen.reportEvent("workshop.ReportReopened.v1", Map.of("reason", "Préciser"));
        await().atMost(Duration.ofSeconds(30)).until(() -> flag(edition, caen).equals(SourceFlags.WITHDRAWN));
        caen.reportEvent(
                "workshop.ContributionAmended.v1",
                Map.of("contributionId", caen.contribution(), "kind", "PROPOSAL", "text", "Former tous les agents."));
        caen.reportEvent("workshop.ReportSubmitted.v1", Map.of());
        caen.reportEvent("workshop.ReportPublished.v1", Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> flag(edition, caen).equals(SourceFlags.AMENDED));

        assertThat(http.get(path(edition, "/versions/1"), Tokens.nationalOffice())
                        .body())
                .isEqualTo(version);
        editions.replace(Map.of(), Map.of());
        assertThat(http.get(path(edition, "/versions/1"), Tokens.nationalOffice())
                        .status())
                .isEqualTo(404);
        EditionHistory.Rebuilt rebuilt = history.rebuild();
        editions.replace(rebuilt.drafts(), rebuilt.versions());
        assertThat(http.get(path(edition, "/versions/1"), Tokens.nationalOffice())
                        .body())
                .isEqualTo(version);
        assertThat(http.pdfText(path(edition, "/versions/1"), Tokens.nationalOffice()))
                .isEqualTo(pdf);
        assertThat(flag(edition, caen)).isEqualTo(SourceFlags.AMENDED);
    }

    @Test
    void editing_is_the_national_office_s_and_bad_input_is_a_problem() {
        Proposal rennes = proposal("FR-BRE", "2048-05-10", "Journée de Rennes", "Un réseau de médiateurs.");
        awaitPublished(rennes);
        String edition = create("2048-05-01", "2048-05-31");

        assertThat(http.post(
                                "/api/national/editions",
                                Tokens.regionalTeam("FR-BRE"),
                                newEdition("2048-05-01", "2048-05-31"))
                        .status())
                .isEqualTo(403);
        assertThat(http.post(path(edition, "/statements"), Tokens.operator(), statement("x", rennes))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(path(edition, ""), Tokens.regionalTeam("FR-BRE")).status())
                .isEqualTo(403);
        assertThat(http.get(path(edition, ""), null).status()).isEqualTo(401);
        assertThat(http.get("/api/national/editions", Tokens.regionalTeam("FR-BRE"))
                        .json()
                        .findValuesAsText("editionId"))
                .as("an edition without a published version is the national office's")
                .doesNotContain(edition);
        assertThat(http.get("/api/national/editions", Tokens.nationalOffice())
                        .json()
                        .findValuesAsText("editionId"))
                .contains(edition);
        for (String bad : List.of(
                "{\"text\":\"x\",\"themes\":[\"NOT_A_THEME\"],\"sources\":[\"" + rennes.contribution() + "\"]}",
                "{\"text\":\"x\",\"themes\":[\"" + THEME + "\"],\"sources\":[\"not-in-the-draft\"]}",
                "{\"text\":\" \",\"themes\":[\"" + THEME + "\"],\"sources\":[\"" + rennes.contribution() + "\"]}",
                "{\"text\":\"x\",\"themes\":[],\"sources\":[\"" + rennes.contribution() + "\"]}")) {
            Http.Reply reply = http.post(path(edition, "/statements"), Tokens.nationalOffice(), bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.contentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(http.post("/api/national/editions", Tokens.nationalOffice(), newEdition("2048-05-31", "2048-05-01"))
                        .status())
                .isEqualTo(400);
        assertThat(http.put(
                                path(edition, "/themes/" + THEME + "/order"),
                                Tokens.nationalOffice(),
                                "{\"statements\":[\"s\"]}")
                        .status())
                .isEqualTo(409);
        assertThat(http.post(path(edition, "/versions"), Tokens.nationalOffice(), "")
                        .status())
                .isEqualTo(409);
        assertThat(http.get(path(UUID.randomUUID().toString(), ""), Tokens.nationalOffice())
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path(edition, "/versions/1"), Tokens.nationalOffice())
                        .status())
                .isEqualTo(404);
    }

    private String create(String from, String to) {
        Http.Reply created = http.post("/api/national/editions", Tokens.nationalOffice(), newEdition(from, to));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("basis").path("position").asLong()).isPositive();
        return created.json().path("editionId").asText();
    }

    private static String newEdition(String from, String to) {
        return "{\"title\":\"Restitution nationale\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    private static String statement(String text, Proposal... sources) {
        StringBuilder ids = new StringBuilder();
        for (Proposal source : sources) {
            ids.append(ids.isEmpty() ? "" : ",")
                    .append('"')
                    .append(source.contribution())
                    .append('"');
        }
        return "{\"text\":\"" + text + "\",\"themes\":[\"" + THEME + "\"],\"sources\":[" + ids + "]}";
    }

    private static String path(String edition, String rest) {
        return "/api/national/editions/" + edition + rest;
    }

    private String flag(String edition, Proposal source) {
        return http.get(path(edition, ""), Tokens.nationalOffice())
                .json()
                .path("flaggedSources")
                .path(source.contribution())
                .asText();
    }

    /** Until synthesis holds each proposal's report as published (its day's synthesis, a cheap read). */
    private void awaitPublished(Proposal... proposals) {
        for (Proposal proposal : proposals) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> http.get("/api/regional-days/" + proposal.day() + "/synthesis", Tokens.operator())
                            .body()
                            .contains("\"reportStatus\":\"PUBLISHED\""));
        }
    }

    /** The announcement of the edition's version on national-restitutions, as a consumer reads it. */
    private static JsonNode announcement(String edition) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "edition-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("national-restitutions"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (edition.equals(record.key())) {
                        return new Http.Reply(200, "application/json", record.value()).json();
                    }
                }
            }
            throw new AssertionError("No announcement of edition " + edition + " on national-restitutions");
        }
    }

    /** A regional day with one workshop whose published report holds one proposal. */
    private Proposal proposal(String region, String date, String title, String text) {
        Proposal proposal = new Proposal(
                publisher,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        publisher.publish(
                "registration.RegionalDayScheduled.v1",
                Map.of("regionalDayId", proposal.day(), "region", region, "title", title, "date", date));
        proposal.reportEvent("workshop.WorkshopPlanned.v1", Map.of("themeCode", THEME, "region", region));
        proposal.reportEvent(
                "workshop.ContributionRecorded.v1",
                Map.of("contributionId", proposal.contribution(), "kind", "PROPOSAL", "text", text));
        proposal.reportEvent("workshop.ReportSubmitted.v1", Map.of());
        proposal.reportEvent("workshop.ReportPublished.v1", Map.of());
        return proposal;
    }

    private record Proposal(Publisher publisher, String day, String workshop, String contribution) {

        void reportEvent(String type, Map<String, Object> fields) {
            Map<String, Object> all = new HashMap<>(fields);
            all.put("regionalDayId", day);
            all.put("workshopId", workshop);
            publisher.publish(type, all);
        }
    }
}
