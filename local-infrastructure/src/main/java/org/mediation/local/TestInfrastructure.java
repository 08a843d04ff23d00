package org.mediation.local;

import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server that integration tests run against, started once per JVM.
 *
 * <p>Select with the system property {@code test.infrastructure}: {@code embedded} (default: a real Kafka broker
 * in-process and mongo-java-server) or {@code containers} (Testcontainers: the official {@code apache/kafka} and
 * {@code mongo} images; without a Docker engine every test that needs them fails, saying why).
 */
public final class TestInfrastructure {

    private static Infrastructure running;

    private TestInfrastructure() {}

    /** Points a Spring test context at the shared infrastructure. */
    public static void register(DynamicPropertyRegistry registry) {
        Infrastructure infrastructure = get();
        registry.add("spring.cloud.stream.kafka.binder.brokers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("spring.data.mongodb.uri", infrastructure::mongoUri);
    }

    /** Whether the tests run on containers ({@code -Dtest.infrastructure=containers}). */
    public static boolean containers() {
        return System.getProperty("test.infrastructure", "embedded").equals("containers");
    }

    public static synchronized Infrastructure get() {
        if (running == null) {
            running = start(System.getProperty("test.infrastructure", "embedded"));
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-infrastructure-stop"));
        }
        return running;
    }

    private static Infrastructure start(String choice) {
        return start(choice, ContainerInfrastructure::dockerAvailable);
    }

    /** {@code containers} without a Docker engine is a failure, never a quiet fall back to the embedded servers. */
    static Infrastructure start(String choice, BooleanSupplier docker) {
        return switch (choice) {
            case "embedded" -> EmbeddedInfrastructure.start();
            case "containers" -> {
                if (!docker.getAsBoolean()) {
                    throw new IllegalStateException(
                            "test.infrastructure=containers, but no Docker engine answers: start"
                                    + " Docker, or run without -Dtest.infrastructure (the embedded Kafka and MongoDB servers)");
                }
                yield ContainerInfrastructure.start();
            }
            default ->
                throw new IllegalArgumentException(
                        "test.infrastructure is embedded (the default) or containers, not " + choice);
        };
    }
}
