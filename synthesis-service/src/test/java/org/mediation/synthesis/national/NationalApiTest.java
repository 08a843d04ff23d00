package org.mediation.synthesis.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
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

/**
 * The national aggregate, its point-in-time answers, its lineage and its CSV, its paged regional days, over
 * contract-shaped events.
 */
class NationalApiTest extends SynthesisServiceTest {

    private static final Instant T0 = Instant.parse("2031-03-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private Http http;
    private Publisher publisher;
    private final String region = "FR-T" + UUID.randomUUID().toString().substring(0, 6);
    private final String day = UUID.randomUUID().toString();
    private final String workshop = UUID.randomUUID().toString();

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
    void a_theme_the_national_office_adds_is_listed_at_zero_from_the_instant_it_was_added() {
        String code = "THEME_" + region.substring(5).toUpperCase().replaceAll("[^A-Z]", "X");
        Instant added = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publisher.publishTheme(code, "Thème ajouté", added);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> aggregate("").path("themes").has(code));
        assertThat(aggregate("").path("themes").path(code).path("workshops").asInt())
                .isZero();
        assertThat(aggregate("?asOf=" + added.minusMillis(1)).path("themes").has(code))
                .isFalse();
        assertThat(aggregate("?asOf=" + added).path("themes").has(code)).isTrue();
        assertThat(http.get("/dashboard/settings.json", null)
                        .json()
                        .path("labels")
                        .path("themes")
                        .path(code)
                        .asText())
                .isEqualTo("Thème ajouté");
    }

    @Test
    void published_contributions_count_by_theme_and_open_onto_their_sources() {
        publisher.publish(
                "registration.RegionalDayScheduled.v1",
                Map.of("regionalDayId", day, "region", region, "title", "Journée test"));
        publisher.publish(
                "registration.ParticipantRegistered.v1",
                Map.of("regionalDayId", day, "registrationId", "r-1", "category", "PROFESSIONAL"));
        workshopEvent("workshop.WorkshopPlanned.v1", Map.of("region", region, "themeCode", "ENVIRONMENT"));
        workshopEvent("workshop.RapporteurAssigned.v1", Map.of("name", "Nadia Leroy"));
        String contribution = UUID.randomUUID().toString();
        workshopEvent(
                "workshop.ContributionRecorded.v1",
                Map.of("contributionId", contribution, "kind", "PRACTICE", "themeCode", "ENVIRONMENT"));
        workshopEvent("workshop.ReportSubmitted.v1", Map.of());
        workshopEvent("workshop.ReportPublished.v1", Map.of());

        JsonNode figures = awaitRegion(r -> r.path("contributions").asInt() == 1);
        assertThat(figures.path("regionalDays").asInt()).isEqualTo(1);
        assertThat(figures.path("confirmed").asInt()).isEqualTo(1);
        assertThat(figures.path("workshops").asInt()).isEqualTo(1);
        JsonNode aggregate = aggregate("");
        assertThat(aggregate.path("themes").path("ENVIRONMENT").path("regions").toString())
                .contains(region);
        assertThat(aggregate
                        .path("themes")
                        .path("MEDIATOR_TRAINING")
                        .path("contributions")
                        .size())
                .isEqualTo(5);

        Http.Reply lineage =
                http.get("/api/national/themes/ENVIRONMENT/contributions?kind=PRACTICE", Tokens.nationalOffice());
        assertThat(lineage.status()).isEqualTo(200);
        JsonNode source = find(lineage.json(), contribution);
        assertThat(source.path("workshopId").asText()).isEqualTo(workshop);
        assertThat(source.path("regionalDayId").asText()).isEqualTo(day);
        assertThat(source.path("region").asText()).isEqualTo(region);
        assertThat(source.path("rapporteur").asText()).isEqualTo("Nadia Leroy");
        assertThat(find(
                        http.get("/api/national/themes/ENVIRONMENT/contributions?kind=DEBATE", Tokens.operator())
                                .json(),
                        contribution))
                .isNull();

        Http.Reply csv = http.get("/api/national/aggregate.csv", Tokens.nationalOffice(), "text/csv");
        assertThat(csv.body().split("\r\n"))
                .contains(
                        "region," + region + ",contributions,1",
                        "theme,ENVIRONMENT,PRACTICE,"
                                + aggregate
                                        .path("themes")
                                        .path("ENVIRONMENT")
                                        .path("contributions")
                                        .path("PRACTICE")
                                        .asInt());
    }

    @Test
    void as_of_an_instant_the_aggregate_folds_exactly_the_events_up_to_that_time() {
        publisher.publish("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", region), T0);
        registration("r-1", T0.plusSeconds(3600));
        registration("r-2", T0.plusSeconds(3 * 3600));
        awaitRegion(r -> r.path("confirmed").asInt() == 2);

        assertThat(aggregate("?asOf=" + T0.minusSeconds(1)).path("regions").has(region))
                .isFalse();
        assertThat(aggregate("?asOf=" + T0)
                        .path("regions")
                        .path(region)
                        .path("confirmed")
                        .asInt())
                .isZero();
        assertThat(aggregate("?asOf=" + T0.plusSeconds(2 * 3600))
                        .path("regions")
                        .path(region)
                        .path("confirmed")
                        .asInt())
                .isEqualTo(1);
        assertThat(aggregate("?asOf=" + T0.plusSeconds(3 * 3600))
                        .path("regions")
                        .path(region)
                        .path("confirmed")
                        .asInt())
                .isEqualTo(2);
        assertThat(aggregate("?asOf=" + T0.plusSeconds(3600)).path("asOf").asText())
                .isEqualTo(T0.plusSeconds(3600).toString());
    }

    @Test
    void refusals_are_problem_documents() {
        Http.Reply badInstant = http.get("/api/national/aggregate?asOf=yesterday", Tokens.operator());
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/national/aggregate", Tokens.regionalTeam("FR-HDF"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/national/themes/NO_SUCH_THEME/contributions", Tokens.nationalOffice())
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/national/themes/ENVIRONMENT/contributions?kind=GOSSIP", Tokens.nationalOffice())
                        .status())
                .isEqualTo(400);
        Http.Reply badCsv = http.get("/api/national/aggregate.csv?asOf=x", Tokens.operator(), "text/csv");
        assertThat(badCsv.status()).isEqualTo(400);
    }

    @Test
    void the_regional_days_come_a_bounded_page_at_a_time_in_the_array_they_always_were() throws Exception {
        for (String date : List.of("2032-01-20", "2032-01-10", "2032-01-30")) {
            publisher.publish(
                    "registration.RegionalDayScheduled.v1",
                    Map.of("regionalDayId", UUID.randomUUID().toString(), "region", region, "date", date));
        }
        String days = "/api/national/regional-days?region=" + region;
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> http.get(days, Tokens.nationalOffice()).json().size() == 3);

        HttpResponse<String> first = get(days + "&size=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).findValuesAsText("date")).containsExactly("2032-01-10", "2032-01-20");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link"))
                .hasValueSatisfying(
                        link -> assertThat(link).contains("page=1", "size=2", "region=" + region, "rel=\"next\""));
        HttpResponse<String> last = get(days + "&size=2&page=1");
        assertThat(JSON.readTree(last.body()).findValuesAsText("date")).containsExactly("2032-01-30");
        assertThat(last.headers().firstValue("Link")).isEmpty();
        for (String beyond : List.of("&size=501", "&size=0", "&page=-1", "&page=4294968&size=500")) {
            HttpResponse<String> refused = get(days + beyond);
            assertThat(refused.statusCode()).as(beyond).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(get("/api/national/themes/ENVIRONMENT/contributions?size=501")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/api/national/themes/ENVIRONMENT/contributions?size=1")
                        .headers()
                        .firstValue("X-Total-Count"))
                .isPresent();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(http.uri(path))
                                .header("Authorization", "Bearer " + Tokens.nationalOffice())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode aggregate(String query) {
        Http.Reply reply = http.get("/api/national/aggregate" + query, Tokens.nationalOffice());
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode awaitRegion(java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = aggregate("").path("regions").path(region);
                    return ready.test(last[0]);
                });
        return last[0];
    }

    private static JsonNode find(JsonNode entries, String contributionId) {
        for (JsonNode entry : entries) {
            if (entry.path("contributionId").asText().equals(contributionId)) {
                return entry;
            }
        }
        return null;
    }

    private void registration(String registrationId, Instant time) {
        publisher.publish(
                "registration.ParticipantRegistered.v1",
                Map.of("regionalDayId", day, "registrationId", registrationId),
                time);
    }

    private void workshopEvent(String type, Map<String, Object> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put("workshopId", workshop);
        all.put("regionalDayId", day);
        publisher.publish(type, all);
    }
}
