package org.mediation.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mediation.platform.cloudevents.CloudEventWriter;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.kafka.KafkaClients;

/**
 * The outbox's own Kafka producer, sending without waiting: structured CloudEvent JSON as the value, the subject as
 * the key, to the topic of the service's output binding. Every record is acknowledged by all in-sync replicas and
 * the producer is idempotent, so a partition keeps the order of its records however many are in flight. Kafka away
 * fails a send within 30 s (as the binder's producers), well before Axon's unit-of-work timeout.
 */
class OutboxProducer implements AutoCloseable {

    private static final byte[] CONTENT_TYPE = CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    OutboxProducer(KafkaClients clients, String topic) {
        this.topic = topic;
        this.producer = clients.producer(
                Map.of(
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.LINGER_MS_CONFIG, 2,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Hands the event to the producer; the answer completes once Kafka acknowledged it, or with the failure. */
    Future<RecordMetadata> send(OutgoingCloudEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, event.subject(), CloudEventWriter.write(event));
        record.headers().add("content-type", CONTENT_TYPE);
        return producer.send(record);
    }

    @Override
    public void close() {
        producer.close();
    }
}
