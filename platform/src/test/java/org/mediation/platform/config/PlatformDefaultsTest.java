package org.mediation.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The plain variables operators set become the settings Spring Boot and the Kafka clients read. */
class PlatformDefaultsTest {

    @Test
    void log_format_json_switches_the_console_to_ecs_structured_logging() {
        MockEnvironment environment = new MockEnvironment().withProperty("LOG_FORMAT", "json");

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void without_it_the_console_stays_plain_text() {
        MockEnvironment environment = new MockEnvironment();

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void kafka_credentials_become_the_binders_client_settings() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .withProperty("KAFKA_SASL_USERNAME", "synthesis-service")
                .withProperty("KAFKA_SASL_PASSWORD", "secret");

        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(KafkaSecurity.PREFIX + "security.protocol"))
                .isEqualTo("SASL_SSL");
        assertThat(environment.getProperty(KafkaSecurity.PREFIX + "sasl.mechanism"))
                .isEqualTo("SCRAM-SHA-512");
    }
}
