package org.mediation.synthesis.restitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national restitution over HTTP: its four forms, its reproducibility with asOf, its refusals, and that asking
 * many at once leaves the national aggregate as fast.
 */
class RestitutionApiTest extends SynthesisServiceTest {

    private static final String PERIOD = "/api/national/restitution?from=2047-05-01&to=2047-05-31";

    @LocalServerPort
    int port;

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
    void the_restitution_comes_as_json_markdown_html_and_pdf_and_again_as_of_its_instant() throws IOException {
        String lievin = dayWithProposal(
                "FR-HDF", "2047-05-10", "Journée de Liévin", "Des permanences numériques <b>partout</b>.");
        String rouen =
                dayWithProposal("FR-NOR", "2047-05-20", "Journée de Rouen et Łódź", "Former les agents d'accueil.");
        awaitPublished(lievin);
        awaitPublished(rouen);
        JsonNode restitution = awaitRestitution(r -> r.path("regionalDays").size() == 2
                && r.path("themes").path(0).path("items").size() == 2);

        assertThat(restitution.path("themes").path(0).path("items").findValuesAsText("region"))
                .containsExactlyInAnyOrder("FR-HDF", "FR-NOR");
        String asOf = restitution.path("asOf").asText();
        assertThat(restitution.path("position").asLong()).isPositive();
        Http.Reply again = http.get(PERIOD + "&asOf=" + asOf, Tokens.operator(), "*/*");
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(again.json()).isEqualTo(restitution);
        String markdown = http.get(PERIOD + "&asOf=" + asOf, Tokens.nationalOffice(), "text/markdown")
                .body();
        assertThat(http.get(PERIOD + "&asOf=" + asOf, Tokens.operator(), "text/markdown")
                        .body())
                .isEqualTo(markdown)
                .contains("asOf " + asOf + ", position "
                        + restitution.path("position").asLong())
                .contains("Des permanences numériques \\<b\\>partout\\</b\\>.");

        Http.Reply html = http.get(PERIOD, Tokens.nationalOffice(), "text/html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("&lt;b&gt;partout&lt;/b&gt;").doesNotContain("<b>partout");

        HttpResponse<byte[]> pdf = pdf(PERIOD + "&asOf=" + asOf, Tokens.nationalOffice());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Restitution nationale des journées régionales, du 1 mai 2047 au 31 mai 2047")
                    .contains("Former les agents d'accueil.")
                    .contains("Journée de Rouen et Łódź, Normandie, 20 mai 2047")
                    .contains("Journée de Liévin, Hauts-de-France, 10 mai 2047");
        }
    }

    @Test
    void bad_periods_are_400_problems_whatever_the_form_asked() throws IOException {
        for (String query : List.of(
                "?from=2047-05-31&to=2047-05-01",
                "?from=2047-02-30&to=2047-05-01",
                "?from=mai&to=2047-05-01",
                "?from=2047-05-01",
                "?from=2047-05-01&to=2047-05-31&asOf=hier")) {
            for (String accept : List.of("application/json", "text/markdown", "text/html", "application/pdf")) {
                Http.Reply reply = http.get("/api/national/restitution" + query, Tokens.operator(), accept);
                assertThat(reply.status()).as("%s as %s", query, accept).isEqualTo(400);
                assertThat(reply.contentType()).as("%s as %s", query, accept).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void only_the_national_office_and_operators_read_it() {
        assertThat(http.get(PERIOD, Tokens.regionalTeam("FR-HDF")).status()).isEqualTo(403);
        assertThat(http.get(PERIOD, Tokens.regionalTeam("FR-HDF"), "application/pdf")
                        .status())
                .isEqualTo(403);
        assertThat(http.get(PERIOD, null).status()).isEqualTo(401);
    }

    @Test
    void the_national_aggregate_answers_as_fast_while_twenty_restitutions_are_asked_at_once() throws Exception {
        awaitPublished(dayWithProposal("FR-BRE", "2047-06-10", "Journée de Rennes", "Un réseau de médiateurs."));
        Duration alone = slowestOf(10);
        ExecutorService askers = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<byte[]>>> restitutions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String caller = Tokens.mint("restitution-" + i, List.of("NATIONAL_OFFICE"), null);
                String period = "/api/national/restitution?from=2047-0" + (1 + i % 6) + "-01&to=2047-12-" + (10 + i);
                restitutions.add(askers.submit(() -> pdf(period, caller)));
            }
            Duration meanwhile = slowestOf(10);

            assertThat(meanwhile)
                    .as("the slowest aggregate among restitutions (alone: %s)", alone)
                    .isLessThan(alone.multipliedBy(5).plusMillis(500));
            for (Future<HttpResponse<byte[]>> restitution : restitutions) {
                HttpResponse<byte[]> answer = restitution.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isIn(200, 429, 503);
                if (answer.statusCode() != 200) {
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                }
            }
        } finally {
            askers.shutdownNow();
        }
    }

    /** The slowest of that many national aggregates asked one after the other. */
    private Duration slowestOf(int calls) {
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            assertThat(http.get("/api/national/aggregate", Tokens.nationalOffice())
                            .status())
                    .isEqualTo(200);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }
        return slowest;
    }

    /** Publishes a regional day with one workshop whose published report holds one proposal; returns the day's id. */
    private String dayWithProposal(String region, String date, String title, String text) {
        String day = UUID.randomUUID().toString();
        String workshop = UUID.randomUUID().toString();
        publisher.publish(
                "registration.RegionalDayScheduled.v1",
                Map.of("regionalDayId", day, "region", region, "title", title, "date", date));
        Map<String, Object> ids = Map.of("regionalDayId", day, "workshopId", workshop);
        publisher.publish("workshop.WorkshopPlanned.v1", with(ids, Map.of("themeCode", "ACCESS_TO_RIGHTS")));
        publisher.publish(
                "workshop.ContributionRecorded.v1",
                with(ids, Map.of("contributionId", UUID.randomUUID().toString(), "kind", "PROPOSAL", "text", text)));
        publisher.publish("workshop.ReportSubmitted.v1", ids);
        publisher.publish("workshop.ReportPublished.v1", ids);
        return day;
    }

    private static Map<String, Object> with(Map<String, Object> ids, Map<String, Object> fields) {
        Map<String, Object> all = new HashMap<>(ids);
        all.putAll(fields);
        return all;
    }

    private void awaitPublished(String day) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/regional-days/" + day + "/synthesis", Tokens.operator())
                        .body()
                        .contains("\"reportStatus\":\"PUBLISHED\""));
    }

    /** The history records an event just after its projection shows it: ask again, slowly (the read is limited). */
    private JsonNode awaitRestitution(java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        try {
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        last[0] = http.get(PERIOD, Tokens.nationalOffice()).json();
                        return ready.test(last[0]);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The restitution never came; its last answer: " + last[0], e);
        }
        return last[0];
    }

    private HttpResponse<byte[]> pdf(String path, String token) throws IOException {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(http.uri(path))
                                    .header("Accept", "application/pdf")
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
