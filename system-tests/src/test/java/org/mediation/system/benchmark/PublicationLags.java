package org.mediation.system.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How long registrations took from their event (the CloudEvent's {@code time}, set when the command applied it) to
 * Kafka (the record's time, set when the outbox sent it), read from {@code registration-events} on a thread of its
 * own while a paced run lasts: the part of command → national aggregate that is registration-service's.
 */
final class PublicationLags implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Double> lags = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    private volatile boolean reading = true;

    PublicationLags(String bootstrapServers) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("registration-events").stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(() -> read(consumer), "publication-lags");
        reader.start();
    }

    private void read(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (reading) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    lags.add((double) (record.timestamp() - eventTime(record.value())));
                }
            }
        }
    }

    private static long eventTime(String cloudEvent) {
        try {
            return Instant.parse(JSON.readTree(cloudEvent).path("time").asText())
                    .toEpochMilli();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lags read so far, in milliseconds, sorted. */
    List<Double> sorted() {
        List<Double> sorted = new ArrayList<>(lags);
        Collections.sort(sorted);
        return sorted;
    }

    @Override
    public void close() throws InterruptedException {
        reading = false;
        reader.join();
    }
}
