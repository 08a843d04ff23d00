package org.mediation.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The plain Kafka clients of the platform's own topics and tools (audit anchors, dead letters), outside Spring Cloud
 * Stream's bindings: a producer whose send is acknowledged by every in-sync replica, once; a reader that reads a
 * topic whole, as an outsider (its own group, nothing committed, no topic created by asking).
 */
public final class KafkaClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private KafkaClients() {}

    public static <K, V> KafkaProducer<K, V> acknowledgedProducer(
            String bootstrapServers, Serializer<K> keys, Serializer<V> values) {
        return new KafkaProducer<>(acknowledged(bootstrapServers), keys, values);
    }

    /** The settings of a producer whose send is acknowledged by every in-sync replica, once. */
    public static Map<String, Object> acknowledged(String bootstrapServers) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true);
    }

    public static <K, V> KafkaConsumer<K, V> reader(
            String bootstrapServers, String purpose, Deserializer<K> keys, Deserializer<V> values) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        purpose + "-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                        false),
                keys,
                values);
    }

    public static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    /** Every record of the topic as it stands now, partition by partition. */
    public static <K, V> void readWhole(
            KafkaConsumer<K, V> consumer, String topic, Consumer<ConsumerRecord<K, V>> each) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
            consumer.poll(Duration.ofMillis(200)).forEach(each);
        }
    }
}
