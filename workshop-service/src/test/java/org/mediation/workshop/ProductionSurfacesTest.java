package org.mediation.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as docker-compose runs it, API docs off ({@code API_DOCS_ENABLED=false}), with its actuator moved to a
 * port of its own ({@code MANAGEMENT_PORT}, here 0: any free port) that Prometheus scrapes without a token
 * ({@code METRICS_SCRAPE_WITHOUT_TOKEN=true}): the docs are gone, health and the metrics answer on the management
 * port, the other actuator endpoints there still need an operator's token. A context of its own, closed after it, whose
 * consumer never starts: it would join the other tests' consumer group and make it rebalance twice.
 */
@Tag("wiring")
@ActiveProfiles("local")
@AutoConfigureObservability(tracing = false)
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            WorkshopApplication.CONFIG_NAME,
            "API_DOCS_ENABLED=false",
            "MANAGEMENT_PORT=0",
            "METRICS_SCRAPE_WITHOUT_TOKEN=true",
            "spring.cloud.stream.bindings.registrationEvents-in-0.consumer.auto-startup=false"
        })
class ProductionSurfacesTest {

    @Autowired
    TestRestTemplate http;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Test
    void api_docs_can_be_switched_off() {
        for (String docs : new String[] {"/v3/api-docs", "/swagger-ui.html", "/springwolf/docs"}) {
            assertThat(status(docs, null)).as(docs).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(status("/api/themes", Tokens.nationalOffice())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void the_management_port_keeps_health_open_the_metrics_open_to_a_scraper_and_the_rest_for_operators() {
        assertThat(status(management("/actuator/health/liveness"), null)).isEqualTo(HttpStatus.OK);
        assertThat(status(management("/actuator/prometheus"), null)).isEqualTo(HttpStatus.OK);
        assertThat(status(management("/actuator/info"), null)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(management("/actuator/info"), Tokens.nationalOffice()))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(management("/actuator/info"), Tokens.operator())).isEqualTo(HttpStatus.OK);
        assertThat(status("/actuator/prometheus", Tokens.operator()))
                .as("not on the API port any more")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    private HttpStatusCode status(String url, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode();
    }
}
