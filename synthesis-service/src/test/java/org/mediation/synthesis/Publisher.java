package org.mediation.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mediation.local.TestInfrastructure;
import org.mediation.synthesis.catalogue.SeedThemes;

/**
 * Publishes CloudEvents shaped exactly like the pinned contract samples (structured JSON mode, as the producers do)
 * to the real topics, with fresh event ids and the fields a test chooses.
 */
public final class Publisher implements AutoCloseable {

    private static final Path FOLDER = Path.of("..", "docs", "contracts");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    public Publisher() {
        Properties config = new Properties();
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Publishes the sample of that type with its data fields replaced, now. */
    public String publish(String type, Map<String, ?> fields) {
        return publish(type, fields, Instant.now());
    }

    /** Publishes the sample of that type with its data fields replaced, at that CloudEvent time; returns its id. */
    public String publish(String type, Map<String, ?> fields, Instant time) {
        String topic = type.substring(0, type.indexOf('.')) + "-events";
        ProducerRecord<String, String> record = record(topic, type, fields, time);
        send(record);
        return id(record);
    }

    /** Publishes the seed's five themes as workshop-service does when it starts. */
    public void publishSeedThemes() {
        SeedThemes.events().forEach(theme -> publishTheme(theme.text("code"), theme.text("labelFr"), Instant.now()));
    }

    /** Publishes a theme the national office added, with the key and subject of the theme catalogue. */
    public void publishTheme(String code, String labelFr, Instant time) {
        ProducerRecord<String, String> record =
                record("workshop-events", "workshop.ThemeAdded.v1", Map.of("code", code, "labelFr", labelFr), time);
        ObjectNode event = (ObjectNode) read(record.value());
        event.put("subject", "theme-catalogue");
        send(new ProducerRecord<>("workshop-events", null, "theme-catalogue", event.toString(), record.headers()));
    }

    /**
     * Puts the sample of that type on a dead-letter topic, as the binder would have after {@code reason}; answers its
     * event id.
     */
    public String deadLetter(String type, Map<String, ?> fields, String deadLetterTopic, String reason) {
        String topic = type.substring(0, type.indexOf('.')) + "-events";
        ProducerRecord<String, String> sample = record(topic, type, fields, Instant.now());
        ProducerRecord<String, String> record =
                new ProducerRecord<>(deadLetterTopic, null, sample.key(), sample.value(), sample.headers());
        record.headers().add("x-original-topic", topic.getBytes(StandardCharsets.UTF_8));
        record.headers().add("x-exception-message", reason.getBytes(StandardCharsets.UTF_8));
        send(record);
        return id(record);
    }

    private static ProducerRecord<String, String> record(
            String topic, String type, Map<String, ?> fields, Instant time) {
        ObjectNode event = sample(topic, type);
        ObjectNode data = (ObjectNode) event.get("data");
        fields.forEach((field, value) -> data.set(field, JSON.valueToTree(value)));
        String key = data.path(topic.equals("registration-events") ? "regionalDayId" : keyField(topic))
                .asText();
        event.put("id", UUID.randomUUID().toString()).put("subject", key).put("time", time.toString());
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, event.toString());
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String id(ProducerRecord<String, String> record) {
        return read(record.value()).path("id").asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String keyField(String topic) {
        return topic.equals("workshop-events") ? "workshopId" : "resourceId";
    }

    private static ObjectNode sample(String topic, String type) {
        try {
            return (ObjectNode)
                    JSON.readTree(Files.readString(FOLDER.resolve(topic).resolve(type + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
