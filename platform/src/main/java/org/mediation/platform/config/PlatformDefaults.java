package org.mediation.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares (JSON reading, problem details, actuator, the Kafka binder's producer guarantees,
 * Axon without Axon Server, token settings), from {@code platform-defaults.yml}, added last: a service's own file or
 * any environment variable overrides them. Under the {@code local} profile {@code platform-local.yml} comes first
 * (the development JWT secret). {@code MANAGEMENT_PORT}, when set, becomes {@code management.server.port};
 * {@code LOG_FORMAT=json} switches the console to Spring Boot's structured logging (Elastic Common Schema, one JSON
 * object a line, with the trace and span ids); the {@code KAFKA_*} security variables become the Kafka clients'
 * settings ({@link KafkaSecurity}).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            addLast(environment, "platform-local.yml");
        }
        addLast(environment, "platform-defaults.yml");
        Map<String, Object> kafkaSecurity = KafkaSecurity.properties(environment::getProperty);
        if (!kafkaSecurity.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("platform-kafka-security", kafkaSecurity));
        }
        if ("json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT"))) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "platform-log-format", Map.of("logging.structured.format.console", "ecs")));
        }
        String managementPort = environment.getProperty("MANAGEMENT_PORT");
        if (managementPort != null && !managementPort.isBlank()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "platform-management-port", Map.of("management.server.port", managementPort)));
        }
    }

    private static void addLast(ConfigurableEnvironment environment, String file) {
        try {
            new YamlPropertySourceLoader()
                    .load(file, new ClassPathResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
