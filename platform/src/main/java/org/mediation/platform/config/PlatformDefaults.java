package org.mediation.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares (JSON reading, problem details, actuator, the Kafka binder's producer guarantees,
 * Axon without Axon Server, the development JWT secret), from {@code platform-defaults.yml}, added last: a
 * service's own file or any environment variable overrides them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String FILE = "platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader()
                    .load("platform-defaults", new ClassPathResource(FILE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
