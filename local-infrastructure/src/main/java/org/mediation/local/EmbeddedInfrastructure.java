package org.mediation.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker (KRaft) in this JVM and an in-memory mongo-java-server, both on random ports. */
record EmbeddedInfrastructure(EmbeddedKafkaBroker kafka, MongoServer mongo) implements Infrastructure {

    static EmbeddedInfrastructure start() {
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, 3)
                .brokerProperties(Map.of("auto.create.topics.enable", "true", "log.retention.ms", "-1"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        return new EmbeddedInfrastructure(kafka, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        InetSocketAddress address = mongo.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/";
    }

    @Override
    public void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
