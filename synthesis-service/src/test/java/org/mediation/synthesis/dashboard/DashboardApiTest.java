package org.mediation.synthesis.dashboard;

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

/** What the dashboard pages are served with: static pages and libraries, open; the data they read, authorised. */
class DashboardApiTest extends SynthesisServiceTest {

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
    void the_pages_and_their_libraries_are_served_without_a_token_and_hold_no_data() {
        Http.Reply national = http.get("/dashboard/", null, "text/html");
        assertThat(national.status()).isEqualTo(200);
        assertThat(national.body()).contains("<html lang=\"fr\"", "/webjars/echarts/dist/echarts.min.js");
        Http.Reply operations = http.get("/dashboard/operations", null, "text/html");
        assertThat(operations.status()).isEqualTo(200);
        assertThat(operations.body()).contains("Opérations");
        assertThat(http.get("/webjars/echarts/dist/echarts.min.js", null, "*/*").status())
                .isEqualTo(200);
        assertThat(http.get("/dashboard", null, "text/html").status()).isEqualTo(302);

        JsonNode settings = http.get("/dashboard/settings.json", null).json();
        assertThat(settings.path("signIn").isNull()).isTrue();
        assertThat(settings.path("labels")
                        .path("themes")
                        .path("ACCESS_TO_RIGHTS")
                        .asText())
                .isEqualTo("Accès aux droits et illectronisme");
        assertThat(http.get("/api/national/regional-days", null).status()).isEqualTo(401);
    }

    @Test
    void a_region_opens_onto_its_days_and_a_day_onto_its_synthesis_as_a_page() {
        String region = "FR-T" + UUID.randomUUID().toString().substring(0, 6);
        String day = UUID.randomUUID().toString();
        publisher.publish(
                "registration.RegionalDayScheduled.v1",
                Map.of("regionalDayId", day, "region", region, "title", "Journée <i>test</i>", "date", "2046-01-15"));
        publisher.publish(
                "registration.ParticipantRegistered.v1",
                Map.of("regionalDayId", day, "registrationId", "r-1", "category", "MEDIATOR"));

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode days = http.get("/api/national/regional-days?region=" + region, Tokens.nationalOffice())
                            .json();
                    assertThat(days).hasSize(1);
                    assertThat(days.path(0).path("regionalDayId").asText()).isEqualTo(day);
                    assertThat(days.path(0).path("confirmed").asInt()).isEqualTo(1);
                });
        Http.Reply page = http.get("/api/regional-days/" + day + "/synthesis", Tokens.nationalOffice(), "text/html");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("<h1>Synthèse — Journée &lt;i&gt;test&lt;/i&gt;</h1>")
                .doesNotContain("<i>test");
        assertThat(http.get("/api/national/regional-days", Tokens.regionalTeam("FR-HDF"))
                        .status())
                .isEqualTo(403);
    }
}
