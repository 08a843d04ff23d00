package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * docker-compose.yml brought up as an operator would (images built from source, Compose's own health checks), then the
 * README's first steps: a regional day, three registrations, counted nationally. Needs a Docker engine: without one it
 * is skipped, and says so. Tokens are the development ones (no identity provider: {@code JWT_ISSUER_URI} empty).
 */
@Order(30)
class ComposeSmokeTest {

    private static final String SECRET = "compose-smoke-test-secret";

    @Test
    void the_compose_file_comes_up_and_counts_the_readmes_first_registrations() {
        assumeTrue(
                docker(),
                "No Docker engine answers: the compose smoke test (docker compose up --build, the README's first steps)"
                        + " needs one and is skipped here");
        Map<String, String> env = new HashMap<>();
        for (String secret : new String[] {
            "KEYCLOAK_ADMIN_PASSWORD", "KEYCLOAK_DB_PASSWORD", "KAFKA_ADMIN_PASSWORD", "KAFKA_PASSWORD_REGISTRATION",
            "KAFKA_PASSWORD_WORKSHOP", "KAFKA_PASSWORD_SYNTHESIS", "KAFKA_PASSWORD_RESOURCE", "MONGO_ROOT_PASSWORD",
            "MONGO_PASSWORD_REGISTRATION", "MONGO_PASSWORD_WORKSHOP", "MONGO_PASSWORD_SYNTHESIS",
                    "MONGO_PASSWORD_RESOURCE",
            "GRAFANA_ADMIN_PASSWORD"
        }) {
            env.put(secret, SECRET + "-" + secret.toLowerCase());
        }
        env.putAll(Map.of(
                "KEYCLOAK_URL", "http://keycloak:8080",
                "DASHBOARD_URL", "http://localhost:8083",
                "WORKSHOP_URL", "http://localhost:8082",
                "REGISTRATION_URL", "http://localhost:8081",
                "REGISTRATION_PUBLIC_URL", "http://localhost:8081",
                "JWT_ISSUER_URI", "",
                "JWT_SECRET", Tokens.secret(),
                "SPRING_MAIL_HOST", "localhost",
                "NOTICES_FROM", "compose@example.org"));
        ComposeContainer compose = new ComposeContainer(new File("../docker-compose.yml"))
                .withEnv(env)
                .withBuild(true)
                .withExposedService("registration-service", 8080, Wait.forHealthcheck())
                .withExposedService("synthesis-service", 8080, Wait.forHealthcheck())
                .withStartupTimeout(Duration.ofMinutes(15));
        compose.start();
        try {
            String registration = "http://localhost:" + compose.getServicePort("registration-service", 8080);
            String synthesis = "http://localhost:" + compose.getServicePort("synthesis-service", 8080);
            Api api = new Api();
            String team = Tokens.regionalTeam("FR-HDF");
            String day = api.post(
                            java.net.URI.create(registration + "/api/regional-days"),
                            team,
                            Map.of(
                                    "region",
                                    "FR-HDF",
                                    "title",
                                    "Journée régionale",
                                    "date",
                                    "2019-12-04",
                                    "venue",
                                    "Liévin",
                                    "capacity",
                                    250))
                    .body()
                    .path("id")
                    .asText();
            api.post(java.net.URI.create(registration + "/api/regional-days/" + day + "/open"), team, Map.of());
            for (String who : new String[] {"ada", "bruno", "chloe"}) {
                assertThat(api.post(
                                        java.net.URI.create(
                                                registration + "/api/regional-days/" + day + "/registrations"),
                                        team,
                                        Map.of(
                                                "firstName",
                                                who,
                                                "lastName",
                                                "Martin",
                                                "email",
                                                who + "@example.org",
                                                "category",
                                                "MEDIATOR",
                                                "organisation",
                                                "AMS Lens"))
                                .status())
                        .isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            api.get(java.net.URI.create(synthesis + "/api/national/aggregate"), Tokens.nationalOffice())
                                            .body()
                                            .path("attendance")
                                            .path("confirmed")
                                            .asInt()
                                    == 3);
        } finally {
            compose.stop();
        }
    }

    private static boolean docker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
