package org.mediation.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * A consumer retries a store failure for about a month, then dead-letters the record (docs/operations.md): the
 * back-off the binder builds from platform-defaults.yml, as it builds it. Not "forever" (2^31 attempts): the binder
 * sums every attempt's wait when it binds, which cost 18 s of CPU per binding.
 */
class StoreFailureRetriesTest {

    @Test
    void a_store_failure_is_retried_for_about_a_month() throws IOException {
        PropertySource<?> defaults = new YamlPropertySourceLoader()
                .load("platform-defaults.yml", new ClassPathResource("platform-defaults.yml"))
                .get(0);
        int attempts = Integer.parseInt(value(defaults, "max-attempts"));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(attempts - 1);
        backOff.setInitialInterval(Long.parseLong(value(defaults, "back-off-initial-interval")));
        backOff.setMaxInterval(Long.parseLong(value(defaults, "back-off-max-interval")));

        assertThat(Duration.ofMillis(backOff.getMaxElapsedTime())).isBetween(Duration.ofDays(25), Duration.ofDays(40));
    }

    private static String value(PropertySource<?> defaults, String name) {
        return String.valueOf(defaults.getProperty("spring.cloud.stream.default.consumer." + name));
    }
}
