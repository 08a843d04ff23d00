package org.mediation.workshop.workshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.workshop.RegistrationSamples;
import org.mediation.workshop.WorkshopHttpTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The rapporteur's workflow end to end over HTTP, a speaker removed, a cancellation arriving from Kafka, and what
 * reaches Kafka.
 */
class RapporteurWorkflowTest extends WorkshopHttpTest {

    static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Test
    void plan_staff_enrol_record_submit_reopen_publish_and_every_step_is_published() throws Exception {
        String julie = Tokens.rapporteur("rapporteur-1", "FR-HDF");
        String day = knownDay("FR-HDF");
        String registration = confirmedRegistration(day);
        String workshopId = planWorkshop(TEAM, day, 50);
        String path = "/api/workshops/" + workshopId;

        ok(call(
                HttpMethod.POST,
                path + "/facilitators",
                TEAM,
                Map.of("name", "Claire Dubois", "organisation", "AMS Lens")));
        ok(call(HttpMethod.POST, path + "/speakers", TEAM, Map.of("name", "Karim Benali", "organisation", "CAF")));
        ok(call(HttpMethod.PUT, path + "/rapporteur", TEAM, Map.of("userId", "rapporteur-1", "name", "Julie Martin")));
        assertThat(call(HttpMethod.POST, path + "/enrolments", TEAM, Map.of("registrationId", registration))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> recorded = call(
                HttpMethod.POST,
                path + "/contributions",
                julie,
                Map.of("kind", "FINDING", "text", "Les démarches en ligne excluent.", "tags", List.of("numérique")));
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String contributionId = (String) recorded.getBody().get("id");
        assertThat(recorded.getBody()).containsEntry("kind", "FINDING").containsEntry("tags", List.of("numérique"));
        Map<String, Object> amended = ok(call(
                HttpMethod.PUT,
                path + "/contributions/" + contributionId,
                julie,
                Map.of("kind", "PROBLEM", "text", "Les démarches dématérialisées excluent.", "tags", List.of())));
        assertThat(amended).containsEntry("id", contributionId).containsEntry("kind", "PROBLEM");
        String second = (String) call(
                        HttpMethod.POST,
                        path + "/contributions",
                        julie,
                        Map.of("kind", "DEBATE", "text", "Le médiateur doit-il venir du quartier ?"))
                .getBody()
                .get("id");
        assertThat(call(HttpMethod.DELETE, path + "/contributions/" + second, julie, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(ok(call(HttpMethod.POST, path + "/report/submit", julie, null)))
                .containsEntry("reportStatus", "SUBMITTED");
        assertProblem(
                call(
                        HttpMethod.PUT,
                        path + "/contributions/" + contributionId,
                        julie,
                        Map.of("kind", "PROBLEM", "text", "x")),
                HttpStatus.CONFLICT);
        assertThat(ok(call(HttpMethod.POST, path + "/report/reopen", TEAM, Map.of("reason", "Préciser."))))
                .containsEntry("reportStatus", "DRAFT");
        ok(call(HttpMethod.POST, path + "/report/submit", julie, null));
        Map<String, Object> published = ok(call(HttpMethod.POST, path + "/report/publish", TEAM, null));

        assertThat(published)
                .containsEntry("reportStatus", "PUBLISHED")
                .containsEntry("enrolled", 1)
                .containsEntry("rapporteur", Map.of("userId", "rapporteur-1", "name", "Julie Martin"))
                .containsEntry(
                        "contributions",
                        List.of(Map.of(
                                "id",
                                contributionId,
                                "kind",
                                "PROBLEM",
                                "text",
                                "Les démarches dématérialisées excluent.",
                                "tags",
                                List.of())));
        assertProblem(
                call(HttpMethod.POST, path + "/contributions", julie, Map.of("kind", "FINDING", "text", "Trop tard")),
                HttpStatus.CONFLICT);
        assertThat(people(published, "facilitators"))
                .containsExactly(Map.of("name", "Claire Dubois", "organisation", "AMS Lens"));
        assertThat(people(published, "speakers"))
                .containsExactly(Map.of("name", "Karim Benali", "organisation", "CAF"));
        String speakerId = (String) listed(published, "speakers").get(0).get("id");
        assertThat(call(HttpMethod.DELETE, path + "/speakers/" + speakerId, TEAM, null)
                        .getStatusCode())
                .as("a speaker is removed on request, a published report included")
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call(HttpMethod.GET, path, TEAM, null).getBody()).containsEntry("speakers", List.of());

        publish(day, RegistrationSamples.about("RegistrationCancelled", day, registration, null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> call(HttpMethod.GET, path, TEAM, null)
                        .getBody()
                        .get("enrolled")
                        .equals(0));

        assertThat(publishedTypes(workshopId))
                .containsExactly(
                        "workshop.WorkshopPlanned.v1",
                        "workshop.FacilitatorAssigned.v2",
                        "workshop.SpeakerAdded.v2",
                        "workshop.RapporteurAssigned.v1",
                        "workshop.ParticipantEnrolled.v1",
                        "workshop.ContributionRecorded.v1",
                        "workshop.ContributionAmended.v1",
                        "workshop.ContributionRecorded.v1",
                        "workshop.ContributionWithdrawn.v1",
                        "workshop.ReportSubmitted.v1",
                        "workshop.ReportReopened.v1",
                        "workshop.ReportSubmitted.v1",
                        "workshop.ReportPublished.v1",
                        "workshop.SpeakerRemoved.v1",
                        "workshop.ParticipantUnenrolled.v1");
    }

    /** The names and organisations shown of the workshop's facilitators or speakers; each has an id besides. */
    static List<Map<String, Object>> people(Map<String, Object> workshop, String role) {
        List<Map<String, Object>> people = listed(workshop, role);
        assertThat(people).allSatisfy(person -> assertThat(person).containsOnlyKeys("id", "name", "organisation"));
        return people.stream()
                .map(person -> Map.of("name", person.get("name"), "organisation", person.get("organisation")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listed(Map<String, Object> workshop, String role) {
        return (List<Map<String, Object>>) workshop.get(role);
    }

    /** The types of the CloudEvents on {@code workshop-events} keyed by that workshop, once all 15 arrived. */
    static List<String> publishedTypes(String workshopId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "workflow-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("workshop-events"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (types.size() < 15 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (workshopId.equals(record.key())) {
                        JsonNode event = json.readTree(record.value());
                        assertThat(event.get("subject").asText()).isEqualTo(workshopId);
                        assertThat(event.get("source").asText()).isEqualTo("/workshop");
                        assertThat(new String(record.headers()
                                        .lastHeader("content-type")
                                        .value()))
                                .isEqualTo("application/cloudevents+json");
                        types.add(event.get("type").asText());
                    }
                }
            }
        }
        return types;
    }

    static Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
