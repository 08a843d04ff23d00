package org.mediation.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Kafka clients' security from plain environment variables, as binder configuration
 * ({@code spring.cloud.stream.kafka.binder.configuration.*}), which the binder's clients and every client the platform
 * builds take alike: {@code KAFKA_SECURITY_PROTOCOL} ({@code SASL_SSL}, {@code SASL_PLAINTEXT}, {@code SSL}),
 * {@code KAFKA_SASL_MECHANISM} ({@code SCRAM-SHA-512} by default, or {@code SCRAM-SHA-256}, {@code PLAIN}),
 * {@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD} (a secret), {@code KAFKA_SSL_TRUSTSTORE_LOCATION} and
 * {@code KAFKA_SSL_TRUSTSTORE_PASSWORD}. Nothing set: nothing added (plaintext, as the embedded broker).
 */
final class KafkaSecurity {

    static final String PREFIX = "spring.cloud.stream.kafka.binder.configuration.";

    private KafkaSecurity() {}

    static Map<String, Object> properties(UnaryOperator<String> environment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        put(properties, "security.protocol", environment.apply("KAFKA_SECURITY_PROTOCOL"));
        String username = environment.apply("KAFKA_SASL_USERNAME");
        if (present(username)) {
            String mechanism = present(environment.apply("KAFKA_SASL_MECHANISM"))
                    ? environment.apply("KAFKA_SASL_MECHANISM")
                    : "SCRAM-SHA-512";
            String module = mechanism.equals("PLAIN")
                    ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            put(properties, "sasl.mechanism", mechanism);
            put(
                    properties,
                    "sasl.jaas.config",
                    module + " required username=\"" + quoted(username) + "\" password=\""
                            + quoted(environment.apply("KAFKA_SASL_PASSWORD")) + "\";");
        }
        put(properties, "ssl.truststore.location", environment.apply("KAFKA_SSL_TRUSTSTORE_LOCATION"));
        put(properties, "ssl.truststore.password", environment.apply("KAFKA_SSL_TRUSTSTORE_PASSWORD"));
        return properties;
    }

    private static void put(Map<String, Object> properties, String key, String value) {
        if (present(value)) {
            properties.put(PREFIX + key, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String quoted(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
