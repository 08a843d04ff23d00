package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * A service as docker-compose runs it, API docs off ({@code API_DOCS_ENABLED=false}), with its actuator moved to a
 * port of its own ({@code MANAGEMENT_PORT}): the docs are gone, health answers on the management port, and metrics
 * there still need an operator's token.
 */
class ProductionSurfacesTest {

    private static ServiceProcess workshop;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        workshop = ServiceProcess.start(
                "workshop-service",
                TheSystem.get().infrastructure(),
                Map.of("API_DOCS_ENABLED", "false", "MANAGEMENT_PORT", Integer.toString(ServiceProcess.freePort())));
    }

    @AfterAll
    static void stop() {
        workshop.close();
    }

    @Test
    void api_docs_can_be_switched_off() {
        for (String docs : new String[] {"/v3/api-docs", "/swagger-ui.html", "/springwolf/docs"}) {
            assertThat(api.status("GET", workshop.uri(docs), null, null))
                    .as(docs)
                    .isEqualTo(404);
        }
        assertThat(api.status("GET", workshop.uri("/api/themes"), Tokens.nationalOffice(), null))
                .isEqualTo(200);
    }

    @Test
    void the_management_port_keeps_health_open_and_metrics_for_operators() {
        assertThat(api.status("GET", workshop.managementUri("/actuator/health/liveness"), null, null))
                .isEqualTo(200);
        assertThat(api.status("GET", workshop.managementUri("/actuator/prometheus"), null, null))
                .isEqualTo(401);
        assertThat(api.status("GET", workshop.managementUri("/actuator/prometheus"), Tokens.nationalOffice(), null))
                .isEqualTo(403);
        assertThat(api.status("GET", workshop.managementUri("/actuator/prometheus"), Tokens.operator(), null))
                .isEqualTo(200);
        assertThat(api.status("GET", workshop.uri("/actuator/prometheus"), Tokens.operator(), null))
                .as("not on the API port any more")
                .isEqualTo(404);
    }
}
