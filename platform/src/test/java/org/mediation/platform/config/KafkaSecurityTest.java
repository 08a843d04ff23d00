package org.mediation.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kafka security variables become the binder's client configuration, which every platform client shares. */
class KafkaSecurityTest {

    @Test
    void nothing_set_adds_nothing() {
        assertThat(KafkaSecurity.properties(name -> null)).isEmpty();
    }

    @Test
    void a_service_account_signs_in_with_scram_by_default() {
        Map<String, String> env = Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_USERNAME", "registration",
                "KAFKA_SASL_PASSWORD", "pa\"ss",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/run/secrets/kafka.p12");

        assertThat(KafkaSecurity.properties(env::get))
                .containsEntry(KafkaSecurity.PREFIX + "security.protocol", "SASL_SSL")
                .containsEntry(KafkaSecurity.PREFIX + "sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        KafkaSecurity.PREFIX + "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"registration\""
                                + " password=\"pa\\\"ss\";")
                .containsEntry(KafkaSecurity.PREFIX + "ssl.truststore.location", "/run/secrets/kafka.p12")
                .doesNotContainKey(KafkaSecurity.PREFIX + "ssl.truststore.password");
    }

    @Test
    void plain_takes_the_plain_login_module() {
        Map<String, String> env = Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_USERNAME", "synthesis",
                "KAFKA_SASL_PASSWORD", "secret");

        assertThat(KafkaSecurity.properties(env::get).get(KafkaSecurity.PREFIX + "sasl.jaas.config"))
                .asString()
                .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required");
    }
}
