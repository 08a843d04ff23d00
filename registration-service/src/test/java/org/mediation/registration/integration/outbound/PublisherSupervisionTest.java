package org.mediation.registration.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A stopped outbox is reported by health and started again by itself, without a restart of the service. */
class PublisherSupervisionTest extends RegistrationServiceTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TestRestTemplate http;

    @Test
    void a_stopped_publisher_is_reported_then_started_again() {
        StreamingEventProcessor publisher = processing
                .eventProcessor("kafka-publisher", StreamingEventProcessor.class)
                .orElseThrow();
        assertThat(http.getForEntity("/actuator/health/publisher", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // The supervisor (every second here) may start it again before a busy machine asks for health: stop it until
        // health is seen reporting it stopped.
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            publisher.shutDown();
            return http.getForEntity("/actuator/health/publisher", String.class).getStatusCode()
                    == HttpStatus.SERVICE_UNAVAILABLE;
        });
        await().atMost(Duration.ofSeconds(40)).until(publisher::isRunning);
        assertThat(http.getForEntity("/actuator/health/publisher", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
