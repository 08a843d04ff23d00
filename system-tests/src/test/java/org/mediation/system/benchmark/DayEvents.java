package org.mediation.system.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mediation.local.TestInfrastructure;

/** Counts the records of one regional day (the record key) on {@code registration-events}. */
final class DayEvents {

    private DayEvents() {}

    /** Waits until at least {@code count} records of the day are on the topic; answers how many were read. */
    static int await(String dayId, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "benchmark-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("registration-events"));
            while (seen < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen += dayId.equals(record.key()) ? 1 : 0;
                }
            }
        }
        return seen;
    }
}
