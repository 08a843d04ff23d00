package org.mediation.system;

import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.mediation.local.BrokerProcess;
import org.mediation.local.Infrastructure;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;

/**
 * The four services' executable jars as their own JVMs, started once per test JVM (each test works on its own
 * regional days) and stopped with it, on a Kafka broker that is a JVM of its own too, requiring SASL (each service
 * signs in with its own account, from the {@code KAFKA_*} variables), and an in-memory mongo-java-server. They reach MongoDB through a {@link PausableProxy}, so that a test can take the store away from
 * all of them at once, and a test can pause the broker's process.
 *
 * <p>Every service runs with the production settings but for the timeouts and intervals the fault tests must outlast
 * or wait for ({@link #SETTINGS}): the same code paths, in seconds rather than minutes. The fault tests state their
 * outages as multiples of these.
 */
final class TheSystem {

    /** A producer's send fails after this when the broker is away (production: 30 s). */
    static final int DELIVERY_TIMEOUT_SECONDS = 10;
    /** The consumers' group drops a member silent for this long (production: 15 s; the broker's minimum is 6 s). */
    static final int SESSION_TIMEOUT_SECONDS = 6;
    /** The driver gives up finding a reachable store after this (production: the driver's 30 s). */
    static final int SERVER_SELECTION_TIMEOUT_SECONDS = 5;
    /** A consumer retries a store failure at most this far apart (production: 30 s). */
    static final int LONGEST_BACK_OFF_SECONDS = 5;

    /** The settings every service of the system starts with (the properties are in docs/operations.md). */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry(
                    "spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms",
                    Integer.toString(SESSION_TIMEOUT_SECONDS * 1000)),
            Map.entry("spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms", "1000"),
            Map.entry("spring.cloud.stream.kafka.binder.producer-properties.max.block.ms", "3000"),
            Map.entry("spring.cloud.stream.kafka.binder.producer-properties.request.timeout.ms", "3000"),
            Map.entry(
                    "spring.cloud.stream.kafka.binder.producer-properties.delivery.timeout.ms",
                    Integer.toString(DELIVERY_TIMEOUT_SECONDS * 1000)),
            Map.entry(
                    "spring.cloud.stream.default.consumer.back-off-max-interval",
                    Integer.toString(LONGEST_BACK_OFF_SECONDS * 1000)),
            Map.entry("regional-days.outbox.supervision-interval", "PT2S"),
            Map.entry("regional-days.outbox.reconciliation-interval", "PT5S"),
            Map.entry("regional-days.outbox.metrics-interval", "PT2S"),
            // synthesis: a national stream whose client stops reading fills 16 KB, and is dropped after 2 s of waiting
            Map.entry("synthesis.stream.socket-send-buffer", "16KB"),
            Map.entry("synthesis.stream.drop-after", "2s"),
            // the platform's trace lines (a command dispatched, an event received), each with its trace id: TraceTest
            Map.entry("logging.level.org.mediation.platform.tracing", "DEBUG"),
            // registration: participant notices go to the test JVM's SMTP server
            Map.entry("spring.mail.host", "127.0.0.1"),
            Map.entry("spring.mail.port", Integer.toString(SystemMail.port())));

    /** Each service signs in to the broker with its own account (SASL PLAIN), as in production (SCRAM). */
    private static final Map<String, String> KAFKA_ACCOUNTS = Map.of(
            "registration-service", "registration-secret",
            "workshop-service", "workshop-secret",
            "synthesis-service", "synthesis-secret",
            "resource-service", "resource-secret");

    private static final String[] TOPICS = {"registration-events", "workshop-events", "resource-events"};

    private static TheSystem running;

    private final Infrastructure infrastructure;
    final SystemBroker broker;
    final PausableProxy store;
    volatile ServiceProcess registration;
    final ServiceProcess workshop;
    volatile ServiceProcess synthesis;
    final ServiceProcess resource;

    private TheSystem(SystemBroker broker, int storePort, Runnable stopStore) throws IOException {
        this.broker = broker;
        this.store = new PausableProxy(storePort);
        this.infrastructure = new Processes(
                broker,
                stopStore,
                "mongodb://127.0.0.1:" + store.port() + "/?directConnection=true&serverSelectionTimeoutMS="
                        + SERVER_SELECTION_TIMEOUT_SECONDS * 1000);
        // Side by side: a JVM's start is mostly one thread, and these machines have two cores.
        CompletableFuture<ServiceProcess> registration = starting("registration-service");
        CompletableFuture<ServiceProcess> workshop = starting("workshop-service");
        CompletableFuture<ServiceProcess> synthesis = starting("synthesis-service");
        CompletableFuture<ServiceProcess> resource = starting("resource-service");
        this.registration = registration.join();
        this.workshop = workshop.join();
        this.synthesis = synthesis.join();
        this.resource = resource.join();
        awaitTheThemeCatalogueAtTheResourceCentre();
    }

    /**
     * workshop-service adds the seed's themes at its first start and publishes them; until resource-service has read
     * them it answers a tagged resource with 409 (retry shortly). The tests start once it knows them.
     */
    private void awaitTheThemeCatalogueAtTheResourceCentre() {
        Api api = new Api();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(
                                        resource.uri("/api/resources?themeCode=ACCESS_TO_RIGHTS"),
                                        Tokens.regionalTeam("FR-HDF"))
                                .status()
                        == 200);
    }

    /** One more instance of a service on the same store and broker, with the same settings. */
    ServiceProcess start(String module) {
        return start(module, Map.of());
    }

    /** The same with settings of its own besides. */
    ServiceProcess start(String module, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.putAll(broker.settingsOf(module));
        settings.putAll(more);
        try {
            return ServiceProcess.start(module, infrastructure, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CompletableFuture<ServiceProcess> starting(String module) {
        return CompletableFuture.supplyAsync(() -> start(module));
    }

    /**
     * Started once: on a broker process requiring SASL and an in-memory mongo-java-server, or with
     * {@code -Dtest.infrastructure=containers} on the production images' containers (Docker required).
     */
    static synchronized TheSystem get() throws IOException, InterruptedException, ExecutionException {
        if (running == null) {
            running = TestInfrastructure.containers() ? onContainers() : onProcesses();
        }
        return running;
    }

    private static TheSystem onProcesses() throws IOException, InterruptedException, ExecutionException {
        SystemBroker broker = new SystemBroker.Sasl(BrokerProcess.start(KAFKA_ACCOUNTS), KAFKA_ACCOUNTS);
        BrokerProcess.createTopics(broker.client(), TOPICS);
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        return new TheSystem(broker, mongo.getLocalAddress().getPort(), mongo::shutdownNow);
    }

    private static TheSystem onContainers() throws IOException, InterruptedException, ExecutionException {
        Infrastructure containers = TestInfrastructure.get();
        SystemBroker broker = new SystemBroker.Container(containers);
        BrokerProcess.createTopics(broker.client(), TOPICS);
        return new TheSystem(broker, URI.create(containers.mongoUri()).getPort(), () -> {});
    }

    /** kill -9 of registration-service, then a start of the same jar on the same store and broker. */
    void killAndRestartRegistration() throws IOException, InterruptedException {
        registration.kill();
        registration = start("registration-service");
    }

    /** The broker, and the store through the proxy. */
    private record Processes(SystemBroker broker, Runnable stopStore, String mongoUri) implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public void stop() {
            stopStore.run();
            broker.close();
        }
    }

    /** Where tests look into the services' databases themselves. */
    String mongoUri() {
        return infrastructure.mongoUri();
    }

    /** How tests read and write the topics themselves: as the broker's administrator, signed in. */
    Map<String, Object> kafkaClient() {
        return broker.client();
    }

    /** kill -9 of synthesis-service, then a start of the same jar on the same store and broker. */
    void killAndRestartSynthesis() throws IOException, InterruptedException {
        synthesis.kill();
        synthesis = start("synthesis-service");
    }

    URI national() {
        return synthesis.uri("/api/national/aggregate");
    }
}
