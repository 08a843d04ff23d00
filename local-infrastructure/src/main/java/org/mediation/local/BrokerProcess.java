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

/**
 * An Apache Kafka broker (KRaft, one node acting as its own controller) as its own JVM, as {@code ./run-local.sh}
 * runs it, on free ports of 127.0.0.1 with a fresh data directory; a test can pause it ({@link LocalProcess}).
 */
public final class BrokerProcess {

    private BrokerProcess() {}

    /** Formats a fresh storage, starts the broker, and waits until it listens. */
    public static LocalProcess start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kafka-broker");
        int port = ServiceProcess.freePort();
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, properties(dir.resolve("data"), port, ServiceProcess.freePort()));
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
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(broker)))) {
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

    private static String properties(Path data, int port, int controllerPort) {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
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
