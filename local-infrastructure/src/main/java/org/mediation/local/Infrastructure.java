package org.mediation.local;

/** A running Kafka broker and MongoDB server. */
public interface Infrastructure {

    String kafkaBootstrapServers();

    String mongoUri();

    void stop();
}
