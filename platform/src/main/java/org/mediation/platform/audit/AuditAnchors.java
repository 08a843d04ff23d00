package org.mediation.platform.audit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mediation.platform.kafka.KafkaClients;

/**
 * Each audit entry's hash, written outside MongoDB where whoever can rewrite the database cannot rewrite it: a record
 * {@code <sequence>:<hash>} keyed by the service on the topic {@code operations-audit} (one partition, unlimited
 * retention). Verification reads the service's anchors back from the beginning.
 */
class AuditAnchors implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final KafkaClients clients;
    private final String topic;
    private final String service;
    private KafkaProducer<String, String> producer;

    AuditAnchors(KafkaClients clients, String topic, String service) {
        this.clients = clients;
        this.topic = topic;
        this.service = service;
    }

    synchronized void anchor(AuditEntry entry) {
        try {
            producer()
                    .send(new ProducerRecord<>(topic, service, entry.sequence() + ":" + entry.hash()))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while anchoring audit entry " + entry.sequence(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Audit entry " + entry.sequence() + " could not be anchored", e);
        }
    }

    /** The anchored hash of every entry of this service, by sequence. */
    Map<Long, String> read() {
        ensureTopic();
        Map<Long, String> anchors = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                clients.reader("audit-verify", new StringDeserializer(), new StringDeserializer())) {
            KafkaClients.readWhole(consumer, topic, record -> {
                if (service.equals(record.key())) {
                    String[] anchor = record.value().split(":", 2);
                    anchors.put(Long.parseLong(anchor[0]), anchor[1]);
                }
            });
        }
        return anchors;
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            ensureTopic();
            producer = clients.acknowledgedProducer(new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void ensureTopic() {
        try (Admin admin = clients.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) -1).configs(Map.of("retention.ms", "-1"))))
                    .all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("The audit anchor topic " + topic + " cannot be created", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka does not answer: the audit anchors cannot be reached", e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(TIMEOUT);
        }
    }
}
