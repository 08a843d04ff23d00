package org.mediation.resource;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class ResourceApplication {

    /** The service's configuration file is {@code resource.yml}, so the four services can share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=resource";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ResourceApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
