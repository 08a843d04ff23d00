package org.mediation.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Ready means consuming and publishing: readiness holds the consumers' partitions and the outbox publisher. */
class ReadinessTest extends ResourceServiceTest {

    @Test
    void readiness_is_up_with_the_consumers_and_the_publisher() {
        // Two consumers in one group: the group rebalances while the second joins, then both hold their partitions.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.getForEntity("/actuator/health/readiness", String.class)
                                .getStatusCode()
                        == HttpStatus.OK);
        ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).contains("\"consumers\"", "\"publisher\"", "\"UP\"");
    }
}
