package org.mediation.local;

/** A running Kafka broker and MongoDB server. */
public interface Infrastructure {

    String kafkaBootstrapServers();

    String mongoUri();

    void stop();

    /** Takes the broker away without losing its state, for outage tests (where the infrastructure can). */
    default void pauseKafka() {
        throw new UnsupportedOperationException("this infrastructure cannot pause its broker");
    }

    default void resumeKafka() {
        throw new UnsupportedOperationException("this infrastructure cannot pause its broker");
    }
}
