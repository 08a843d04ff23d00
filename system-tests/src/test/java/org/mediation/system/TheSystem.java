package org.mediation.system;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.mediation.local.BrokerProcess;
import org.mediation.local.Infrastructure;
import org.mediation.local.LocalProcess;
import org.mediation.local.ServiceProcess;

/**
 * The four services' executable jars as their own JVMs, started once per test JVM (each test works on its own
 * regional days) and stopped with it, on a Kafka broker that is a JVM of its own too and an in-memory
 * mongo-java-server. They reach MongoDB through a {@link PausableProxy}, so that a test can take the store away from
 * all of them at once, and a test can pause the broker's process.
 */
final class TheSystem {

    private static TheSystem running;

    private final Infrastructure infrastructure;
    final LocalProcess broker;
    final PausableProxy store;
    volatile ServiceProcess registration;
    final ServiceProcess workshop;
    volatile ServiceProcess synthesis;
    final ServiceProcess resource;
    /** The dashboard's sign-in provider: the services themselves keep checking the shared-secret tokens. */
    final FakeOpenIdProvider openIdProvider;

    private TheSystem(LocalProcess broker, MongoServer mongo) throws IOException {
        this.broker = broker;
        this.store = new PausableProxy(mongo.getLocalAddress().getPort());
        this.infrastructure = new Processes(broker, mongo, "mongodb://127.0.0.1:" + store.port() + "/");
        registration = ServiceProcess.start("registration-service", infrastructure);
        workshop = ServiceProcess.start("workshop-service", infrastructure);
        openIdProvider = FakeOpenIdProvider.start();
        synthesis = ServiceProcess.start("synthesis-service", infrastructure, synthesisSettings());
        resource = ServiceProcess.start("resource-service", infrastructure);
    }

    static synchronized TheSystem get() throws IOException, InterruptedException, ExecutionException {
        if (running == null) {
            LocalProcess broker = BrokerProcess.start();
            BrokerProcess.createTopics(broker, "registration-events", "workshop-events", "resource-events");
            MongoServer mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            running = new TheSystem(broker, mongo);
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

    /** The broker's process, and the store through the proxy. */
    private record Processes(LocalProcess broker, MongoServer mongo, String mongoUri) implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return BrokerProcess.bootstrapServers(broker);
        }

        @Override
        public void stop() {
            mongo.shutdownNow();
            broker.close();
        }
    }

    /** Where tests read and write the topics themselves. */
    String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** The broker and the store directly (not through the proxy), for a service a test starts itself. */
    Infrastructure infrastructure() {
        return infrastructure;
    }

    /** kill -9 of synthesis-service, then a start of the same jar on the same store and broker. */
    void killAndRestartSynthesis() throws IOException, InterruptedException {
        synthesis.kill();
        synthesis = ServiceProcess.start("synthesis-service", infrastructure, synthesisSettings());
    }

    URI national() {
        return synthesis.uri("/api/national/aggregate");
    }
}
