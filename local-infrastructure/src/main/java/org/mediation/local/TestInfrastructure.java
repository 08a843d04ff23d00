package org.mediation.local;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Kafka broker and MongoDB server that integration tests run against, started once per JVM.
 *
 * <p>Select with the system property {@code test.infrastructure}: {@code embedded} (default: a real Kafka broker
 * in-process and mongo-java-server) or {@code containers} (Testcontainers: the official {@code apache/kafka} and
 * {@code mongo} images; falls back to embedded, saying so, where no Docker engine answers).
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

    public static synchronized Infrastructure get() {
        if (running == null) {
            running = start(System.getProperty("test.infrastructure", "embedded"));
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-infrastructure-stop"));
        }
        return running;
    }

    private static Infrastructure start(String choice) {
        if (choice.equals("containers")) {
            if (ContainerInfrastructure.dockerAvailable()) {
                return ContainerInfrastructure.start();
            }
            System.err.println("[test-infrastructure] test.infrastructure=containers but no Docker engine answers: "
                    + "using the embedded Kafka broker and mongo-java-server instead.");
        }
        return EmbeddedInfrastructure.start();
    }
}
