package org.mediation.local;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.kafka.KafkaContainer;

/** The production images, run by Testcontainers: Apache Kafka (KRaft) and a single-node MongoDB replica set. */
record ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) implements Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    static final String MONGO_IMAGE = "mongo:7.0";

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static ContainerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        return new ContainerInfrastructure(kafka, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl();
    }

    @Override
    public void pauseKafka() {
        DockerClientFactory.instance()
                .client()
                .pauseContainerCmd(kafka.getContainerId())
                .exec();
    }

    @Override
    public void resumeKafka() {
        DockerClientFactory.instance()
                .client()
                .unpauseContainerCmd(kafka.getContainerId())
                .exec();
    }

    @Override
    public void stop() {
        kafka.stop();
        mongo.stop();
    }
}
