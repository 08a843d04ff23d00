package org.mediation.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * An Apache Kafka broker (KRaft, one node acting as its own controller) as its own JVM, as {@code ./run-local.sh}
 * runs it, on free ports of 127.0.0.1 with a fresh data directory; a test can pause it ({@link LocalProcess}).
 */
public final class BrokerProcess {

    private BrokerProcess() {}

    /** The administrator of a broker started with SASL, whose password is its name's. */
    public static final String ADMIN = "admin";

    /** Formats a fresh storage, starts the broker, and waits until it listens. */
    public static LocalProcess start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    /**
     * The same, its one client listener requiring SASL PLAIN ({@code SASL_PLAINTEXT}) from those users (name →
     * password) and {@link #ADMIN}; none: plaintext, no authentication.
     */
    public static LocalProcess start(Map<String, String> saslUsers) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kafka-broker");
        int port = ServiceProcess.freePort();
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, properties(dir.resolve("data"), port, ServiceProcess.freePort(), saslUsers));
        Path log = dir.resolve("broker.log");
        String clusterId = Uuid.randomUuid().toString();
        if (LocalProcess.run(log, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString())
                != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed: see " + log);
        }
        return LocalProcess.start(port, log, "512m", "kafka.Kafka", properties.toString());
    }

    /**
     * Creates the topics as production provisions them, three partitions each, before any service starts: a consumer
     * that created a topic first would create it with one partition, and not see the partitions added later by the
     * producer until its metadata refresh (five minutes).
     */
    public static void createTopics(LocalProcess broker, String... topics)
            throws InterruptedException, ExecutionException {
        createTopics(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(broker)), topics);
    }

    /** The same as a client with those settings (a SASL broker's {@link #saslClient}). */
    public static void createTopics(Map<String, Object> client, String... topics)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(Stream.of(topics)
                            .map(topic -> new NewTopic(topic, 3, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
    }

    public static String bootstrapServers(LocalProcess broker) {
        return "127.0.0.1:" + broker.port();
    }

    /** A Kafka client's settings to sign in to a SASL broker as that user. */
    public static Map<String, Object> saslClient(LocalProcess broker, String user, String password) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(broker),
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM,
                "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG,
                plainLogin(user, password, ""));
    }

    private static String plainLogin(String user, String password, String users) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user + "\" password=\""
                + password + "\"" + users + ";";
    }

    private static String properties(Path data, int port, int controllerPort, Map<String, String> saslUsers) {
        String listener = saslUsers.isEmpty() ? "PLAINTEXT" : "SASL_PLAINTEXT";
        StringBuilder users = new StringBuilder(" user_" + ADMIN + "=\"" + ADMIN + "\"");
        saslUsers.forEach((user, password) -> users.append(" user_" + user + "=\"" + password + "\""));
        String sasl = saslUsers.isEmpty()
                ? ""
                : String.join(
                        "\n",
                        "sasl.enabled.mechanisms=PLAIN",
                        "sasl.mechanism.inter.broker.protocol=PLAIN",
                        "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                                + plainLogin(ADMIN, ADMIN, users.toString()));
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + listener,
                "listener.security.protocol.map=" + listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                sasl,
                "log.dirs=" + data,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.ms=-1",
                "");
    }
}
