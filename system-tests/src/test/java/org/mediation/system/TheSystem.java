package org.mediation.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.mediation.local.Infrastructure;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;

/**
 * The four services' executable jars as their own JVMs on the shared test infrastructure, started once per test JVM
 * (each test works on its own regional days) and stopped with it. They reach MongoDB through a {@link
 * PausableProxy}, so that a test can take the store away from all of them at once.
 */
final class TheSystem {

    private static TheSystem running;

    private final Infrastructure infrastructure;
    final PausableProxy store;
    volatile ServiceProcess registration;
    final ServiceProcess workshop;
    volatile ServiceProcess synthesis;
    final ServiceProcess resource;
    /** The dashboard's sign-in provider: the services themselves keep checking the shared-secret tokens. */
    final FakeOpenIdProvider openIdProvider;

    private TheSystem(Infrastructure shared) throws IOException {
        this.store = new PausableProxy(URI.create(shared.mongoUri()).getPort());
        this.infrastructure = new Proxied(shared, "mongodb://127.0.0.1:" + store.port() + "/");
        registration = ServiceProcess.start("registration-service", infrastructure);
        workshop = ServiceProcess.start("workshop-service", infrastructure);
        openIdProvider = FakeOpenIdProvider.start();
        synthesis = ServiceProcess.start("synthesis-service", infrastructure, synthesisSettings());
        resource = ServiceProcess.start("resource-service", infrastructure);
    }

    static synchronized TheSystem get() throws IOException, InterruptedException, ExecutionException {
        if (running == null) {
            provisionTopics();
            running = new TheSystem(TestInfrastructure.get());
        }
        return running;
    }

    /** kill -9 of registration-service, then a start of the same jar on the same store and broker. */
    void killAndRestartRegistration() throws IOException, InterruptedException {
        registration.kill();
        registration = ServiceProcess.start("registration-service", infrastructure);
    }

    private Map<String, String> synthesisSettings() {
        return Map.of(
                "synthesis.dashboard.sign-in.issuer",
                openIdProvider.issuer(),
                "synthesis.dashboard.sign-in.client-id",
                FakeOpenIdProvider.CLIENT_ID);
    }

    /** The shared broker, and the shared store through the proxy. */
    private record Proxied(Infrastructure shared, String mongoUri) implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return shared.kafkaBootstrapServers();
        }

        @Override
        public void stop() {
            shared.stop();
        }
    }

    /** kill -9 of synthesis-service, then a start of the same jar on the same store and broker. */
    void killAndRestartSynthesis() throws IOException, InterruptedException {
        synthesis.kill();
        synthesis = ServiceProcess.start("synthesis-service", infrastructure, synthesisSettings());
    }

    URI national() {
        return synthesis.uri("/api/national/aggregate");
    }

    /**
     * The topics as production provisions them, three partitions each, before any service starts: a consumer that
     * creates a topic first would otherwise create it with one partition, and not see the partitions added later by
     * the producer until its metadata refresh (five minutes).
     */
    private static void provisionTopics() throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Stream.of("registration-events", "workshop-events", "resource-events")
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, 3, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get();
        }
    }
}
