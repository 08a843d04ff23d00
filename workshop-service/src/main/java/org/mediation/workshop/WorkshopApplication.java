package org.mediation.workshop;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class WorkshopApplication {

    /** The service's configuration file is {@code workshop.yml}, so the four services can share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=workshop";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WorkshopApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
