package org.mediation.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** OpenAPI and AsyncAPI documents are generated from the code and open without a token. */
class ApiDocsTest extends WorkshopServiceTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void the_openapi_document_describes_the_rapporteur_workflow() throws Exception {
        JsonNode openApi = new ObjectMapper()
                .readTree(http.getForEntity("/v3/api-docs", String.class).getBody());

        assertThat(openApi.at("/paths").has("/api/workshops/{workshopId}/report/submit"))
                .isTrue();
        assertThat(openApi.at("/paths").has("/api/themes")).isTrue();
        assertThat(openApi.at("/paths").has("/api/workshops/{workshopId}/schedule"))
                .isTrue();
        assertThat(openApi.at("/paths").has("/api/regional-days/{regionalDayId}/programme.ics"))
                .isTrue();
        assertThat(openApi.at("/info/description").asText()).contains("curl").contains("/report/publish");
    }

    @Test
    void the_asyncapi_document_has_the_published_and_the_consumed_topic() throws Exception {
        JsonNode asyncApi = new ObjectMapper()
                .readTree(http.getForEntity("/springwolf/docs", String.class).getBody());

        assertThat(asyncApi.at("/channels").has("workshop-events")).isTrue();
        assertThat(asyncApi.at("/channels").has("registration-events")).isTrue();
        assertThat(asyncApi.at("/channels/workshop-events/messages").size()).isEqualTo(18);
        assertThat(asyncApi.at("/channels/workshop-events/messages").has("workshop.ThemeAdded.v1"))
                .isTrue();
        assertThat(asyncApi.at("/channels/workshop-events/messages").has("workshop.WorkshopScheduled.v1"))
                .isTrue();
        assertThat(asyncApi.at("/channels/workshop-events/messages").has("workshop.ContributionRecorded.v1"))
                .isTrue();
        assertThat(asyncApi.at("/channels/registration-events/messages").has("registration.RegistrationCancelled.v1"))
                .isTrue();
    }
}
