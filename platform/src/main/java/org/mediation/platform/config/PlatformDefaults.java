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
 * (the development JWT secret). {@code MANAGEMENT_PORT}, when set, becomes {@code management.server.port}.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            addLast(environment, "platform-local.yml");
        }
        addLast(environment, "platform-defaults.yml");
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
