package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Contract-shaped events on the three topics make a regional synthesis readable as JSON, a French document and CSV. */
class RegionalSynthesisApiTest extends SynthesisServiceTest {

    private static final String REGION = "FR-NOR";

    @LocalServerPort
    int port;

    private Http http;
    private Publisher publisher;
    private final String day = UUID.randomUUID().toString();
    private final String workshop = UUID.randomUUID().toString();
    private final String resource = UUID.randomUUID().toString();

    @BeforeEach
    void publishADay() {
        http = new Http(port);
        publisher = new Publisher();
        publisher.publish(
                "registration.RegionalDayScheduled.v1",
                Map.of("regionalDayId", day, "region", REGION, "title", "Journée de Caen", "venue", "Caen"));
        register("r-1", "CONFIRMED", "MEDIATOR");
        register("r-2", "CONFIRMED", "MEDIATOR");
        register("r-3", "CONFIRMED", "ELECTED_OFFICIAL");
        register("r-4", "WAITLISTED", "LOCAL_ACTOR");
        publisher.publish(
                "registration.ParticipantCheckedIn.v1", Map.of("regionalDayId", day, "registrationId", "r-1"));
        publisher.publish(
                "registration.RegistrationCancelled.v1",
                Map.of("regionalDayId", day, "registrationId", "r-2", "category", "MEDIATOR"));
        workshopEvent("workshop.WorkshopPlanned.v1", Map.of("region", REGION, "title", "Accès aux droits à Caen"));
        workshopEvent("workshop.RapporteurAssigned.v1", Map.of("name", "Julie Martin"));
        workshopEvent("workshop.ParticipantEnrolled.v1", Map.of("registrationId", "r-1"));
        workshopEvent("workshop.ParticipantEnrolled.v1", Map.of("registrationId", "r-3"));
        workshopEvent(
                "workshop.ContributionRecorded.v1",
                Map.of("contributionId", "c-1", "kind", "FINDING", "text", "Les démarches en ligne excluent."));
        workshopEvent(
                "workshop.ContributionRecorded.v1",
                Map.of("contributionId", "c-2", "kind", "PROPOSAL", "text", "Des permanences, ouvertes."));
        workshopEvent("workshop.ContributionRecorded.v1", Map.of("contributionId", "c-3", "kind", "DEBATE"));
        workshopEvent("workshop.ContributionWithdrawn.v1", Map.of("contributionId", "c-3"));
        publisher.publish("resource.ResourceOfferedAtStand.v1", Map.of("resourceId", resource, "regionalDayId", day));
        publisher.publish("resource.ResourcePublished.v1", Map.of("resourceId", resource, "title", "Bibliographie"));
        request("q-1");
        request("q-2");
    }

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void the_synthesis_shows_attendance_workshops_and_stand_as_the_issue_shapes_them() {
        JsonNode synthesis =
                awaitSynthesis(s -> s.path("resources").path("requests").asInt() == 2
                        && s.path("workshops").path(0).path("contributions").size() == 2);

        assertThat(synthesis.path("region").asText()).isEqualTo(REGION);
        assertThat(synthesis.path("venue").asText()).isEqualTo("Caen");
        JsonNode attendance = synthesis.path("attendance");
        assertThat(attendance.path("confirmed").asInt()).isEqualTo(2);
        assertThat(attendance.path("waitlisted").asInt()).isEqualTo(1);
        assertThat(attendance.path("cancelled").asInt()).isEqualTo(1);
        assertThat(attendance.path("checkedIn").asInt()).isEqualTo(1);
        assertThat(attendance
                        .path("byCategory")
                        .path("MEDIATOR")
                        .path("confirmed")
                        .asInt())
                .isEqualTo(1);
        assertThat(attendance
                        .path("byCategory")
                        .path("ELECTED_OFFICIAL")
                        .path("confirmed")
                        .asInt())
                .isEqualTo(1);
        assertThat(attendance
                        .path("byCategory")
                        .path("PROFESSIONAL")
                        .path("confirmed")
                        .asInt())
                .isZero();
        JsonNode workshopNode = synthesis.path("workshops").path(0);
        assertThat(workshopNode.path("workshopId").asText()).isEqualTo(workshop);
        assertThat(workshopNode.path("themeCode").asText()).isEqualTo("ACCESS_TO_RIGHTS");
        assertThat(workshopNode.path("enrolled").asInt()).isEqualTo(2);
        assertThat(workshopNode.path("reportStatus").asText()).isEqualTo("DRAFT");
        assertThat(workshopNode.path("contributions").findValuesAsText("id")).containsExactly("c-1", "c-2");
        JsonNode item = synthesis.path("resources").path("items").path(0);
        assertThat(item.path("resourceId").asText()).isEqualTo(resource);
        assertThat(item.path("title").asText()).isEqualTo("Bibliographie");
        assertThat(item.path("kind").asText()).isEqualTo("EXPERIENCE_SHEET");
        assertThat(item.path("requests").asInt()).isEqualTo(2);
        assertThat(synthesis.path("resources").path("offered").asInt()).isEqualTo(1);
    }

    @Test
    void participants_read_it_in_french_grouped_by_workshop_then_kind() {
        awaitSynthesis(s -> s.path("workshops").path(0).path("contributions").size() == 2);

        Http.Reply document = http.get(synthesisPath(), Tokens.regionalTeam(REGION), "text/markdown");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("text/markdown");
        assertThat(document.body())
                .contains("### Accès aux droits à Caen", "Thème : Accès aux droits et illectronisme")
                .contains("Rapporteur : Julie Martin", "Normandie")
                .doesNotContain("Débats ouverts");
        assertThat(document.body().indexOf("#### Constats de terrain"))
                .isLessThan(document.body().indexOf("#### Propositions"));
    }

    @Test
    void the_synthesis_exports_as_csv() {
        awaitSynthesis(s -> s.path("resources").path("requests").asInt() == 2);

        Http.Reply csv = http.get(synthesisPath() + ".csv", Tokens.nationalOffice(), "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n"))
                .startsWith("section,key,metric,value")
                .contains("attendance,,confirmed,2", "contribution,c-2,text,\"Des permanences, ouvertes.\"")
                .contains("resource," + resource + ",requests,2");
    }

    @Test
    void another_region_s_team_is_refused_and_an_unknown_day_is_not_found() {
        awaitSynthesis(s -> true);

        assertThat(http.get(synthesisPath(), Tokens.regionalTeam("FR-IDF")).status())
                .isEqualTo(403);
        assertThat(http.get(synthesisPath(), Tokens.nationalOffice()).status()).isEqualTo(200);
        assertThat(http.get(synthesisPath(), null).status()).isEqualTo(401);
        Http.Reply unknown = http.get("/api/regional-days/" + UUID.randomUUID() + "/synthesis", Tokens.operator());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Http.Reply unknownAsMarkdown =
                http.get("/api/regional-days/" + UUID.randomUUID() + "/synthesis", Tokens.operator(), "text/markdown");
        assertThat(unknownAsMarkdown.status()).isEqualTo(404);
    }

    private JsonNode awaitSynthesis(java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Http.Reply reply = http.get(synthesisPath(), Tokens.regionalTeam(REGION));
                    last[0] = reply.status() == 200 ? reply.json() : null;
                    return last[0] != null && ready.test(last[0]);
                });
        return last[0];
    }

    private String synthesisPath() {
        return "/api/regional-days/" + day + "/synthesis";
    }

    private void register(String registrationId, String status, String category) {
        publisher.publish(
                "registration.ParticipantRegistered.v1",
                Map.of("regionalDayId", day, "registrationId", registrationId, "status", status, "category", category));
    }

    private void workshopEvent(String type, Map<String, Object> fields) {
        Map<String, Object> all = new java.util.HashMap<>(fields);
        all.put("workshopId", workshop);
        all.put("regionalDayId", day);
        publisher.publish(type, all);
    }

    private void request(String requestId) {
        publisher.publish(
                "resource.ResourceRequested.v1",
                Map.of("resourceId", resource, "regionalDayId", day, "requestId", requestId + day));
    }
}
