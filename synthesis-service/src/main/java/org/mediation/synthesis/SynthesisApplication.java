package org.mediation.synthesis;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class SynthesisApplication {

    /** The service's configuration file is {@code synthesis.yml}, so the four services can share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=synthesis";

    public static void main(String[] args) {
        new SpringApplicationBuilder(SynthesisApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
