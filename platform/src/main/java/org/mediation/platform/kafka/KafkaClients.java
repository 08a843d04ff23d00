package org.mediation.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The plain Kafka clients the platform builds outside Spring Cloud Stream's bindings (the outbox's producer, the dead
 * letters' producer and reader, the audit anchors, their admin clients), all connected as the binder connects: its
 * brokers and its security settings (security protocol, SASL, TLS: {@code spring.cloud.stream.kafka.binder.configuration},
 * which {@code KAFKA_*} variables fill). Every producer and consumer is registered for Micrometer's Kafka client
 * metrics ({@code kafka.producer.*}, {@code kafka.consumer.*}), which it removes when closed.
 */
public final class KafkaClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> CONNECTION = List.of("security.", "sasl.", "ssl.");

    private final Map<String, Object> connection;
    private final MeterRegistry meters;

    public KafkaClients(Map<String, Object> connection, MeterRegistry meters) {
        this.connection = Map.copyOf(connection);
        this.meters = meters;
    }

    /** Connected as the binder is: its brokers and the security settings of its configuration. */
    public static KafkaClients of(Environment environment, MeterRegistry meters) {
        Map<String, Object> connection = new HashMap<>();
        connection.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"));
        Binder.get(environment)
                .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach((key, value) -> {
                    if (CONNECTION.stream().anyMatch(key::startsWith)) {
                        connection.put(key, value);
                    }
                });
        return new KafkaClients(connection, meters);
    }

    public MeterRegistry meters() {
        return meters;
    }

    /** The settings of a producer whose send is acknowledged by every in-sync replica, once. */
    public Map<String, Object> acknowledged() {
        return with(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
    }

    /** The connection's settings and those given. */
    public Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(connection);
        all.putAll(settings);
        return all;
    }

    public <K, V> KafkaProducer<K, V> acknowledgedProducer(Serializer<K> keys, Serializer<V> values) {
        return producer(acknowledged(), keys, values);
    }

    /** A producer with those settings (over the connection's), metered. */
    public <K, V> KafkaProducer<K, V> producer(Map<String, Object> settings, Serializer<K> keys, Serializer<V> values) {
        return new MeteredProducer<>(with(settings), keys, values, meters);
    }

    /** A reader of whole topics, as an outsider: its own group, nothing committed, no topic created by asking. */
    public <K, V> KafkaConsumer<K, V> reader(String purpose, Deserializer<K> keys, Deserializer<V> values) {
        return new MeteredConsumer<>(
                with(Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        purpose + "-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                        false)),
                keys,
                values,
                meters);
    }

    public Admin admin() {
        return Admin.create(connection);
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

    private static final class MeteredProducer<K, V> extends KafkaProducer<K, V> {

        private final KafkaClientMetrics metrics;

        MeteredProducer(Map<String, Object> settings, Serializer<K> keys, Serializer<V> values, MeterRegistry meters) {
            super(settings, keys, values);
            this.metrics = new KafkaClientMetrics(this);
            metrics.bindTo(meters);
        }

        @Override
        public void close() {
            metrics.close();
            super.close();
        }

        @Override
        public void close(Duration timeout) {
            metrics.close();
            super.close(timeout);
        }
    }

    private static final class MeteredConsumer<K, V> extends KafkaConsumer<K, V> {

        private final KafkaClientMetrics metrics;

        MeteredConsumer(
                Map<String, Object> settings, Deserializer<K> keys, Deserializer<V> values, MeterRegistry meters) {
            super(settings, keys, values);
            this.metrics = new KafkaClientMetrics(this);
            metrics.bindTo(meters);
        }

        @Override
        public void close() {
            metrics.close();
            super.close();
        }

        @Override
        public void close(Duration timeout) {
            metrics.close();
            super.close(timeout);
        }
    }
}
