package org.mediation.registration.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** What answers without a token on the API port: health only (and the API docs, unless switched off). */
class SurfacesTest extends RegistrationServiceTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void health_is_open_metrics_and_the_other_actuator_endpoints_are_an_operators() {
        RegistrationApi api = new RegistrationApi(http);

        assertThat(http.getForEntity("/actuator/health", String.class).getBody())
                .contains("readiness");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.text("/actuator/prometheus", Tokens.regionalTeam("FR-HDF"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.text("/actuator/prometheus", Tokens.nationalOffice()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.text("/actuator/info", Tokens.operator()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
