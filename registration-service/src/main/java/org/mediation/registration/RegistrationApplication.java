package org.mediation.registration;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class RegistrationApplication {

    /** The service's configuration file is {@code registration.yml}, so the four services can share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=registration";

    public static void main(String[] args) {
        new SpringApplicationBuilder(RegistrationApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
