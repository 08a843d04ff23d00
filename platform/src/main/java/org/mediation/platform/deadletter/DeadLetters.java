package org.mediation.platform.deadletter;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.mediation.platform.kafka.KafkaClients;

/**
 * Reads the service's dead-letter topics and re-drives a dead letter to the topic it came from (the one its dead-letter
 * topic drains, never one a header names): same key, same value,
 * the original headers (the binder's {@code x-exception-*} and {@code x-original-*} dropped), so the consumer applies
 * it once it can; its inbox skips an event it applied meanwhile. A dead letter is re-driven at most once ({@code
 * dead_letters_redriven}, keyed by topic, partition and offset): asking again changes nothing.
 */
public class DeadLetters implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int PREVIEW = 500;
    static final int NEWEST = 500;

    private final DeadLetterQueues queues;
    private final KafkaClients clients;
    private final MongoCollection<Document> redriven;
    private final Clock clock;
    private KafkaProducer<byte[], byte[]> producer;

    DeadLetters(DeadLetterQueues queues, KafkaClients clients, MongoDatabase database, Clock clock) {
        this.queues = queues;
        this.clients = clients;
        this.redriven = database.getCollection("dead_letters_redriven");
        this.clock = clock;
    }

    /**
     * The newest dead letters ({@value #NEWEST} at most of each dead-letter topic, the last read), whatever the topics
     * hold: each record is reduced to its preview as it is read, and whether it was re-driven is asked once for them
     * all.
     */
    public List<DeadLetter> all() {
        List<DeadLetter> all = new ArrayList<>();
        queues.originals().keySet().forEach(topic -> {
            Deque<DeadLetter> newest = new ArrayDeque<>();
            read(topic, record -> {
                if (newest.size() == NEWEST) {
                    newest.removeFirst();
                }
                newest.addLast(deadLetter(record, null));
            });
            all.addAll(newest);
        });
        return withRedrives(all);
    }

    private List<DeadLetter> withRedrives(List<DeadLetter> letters) {
        Map<String, Instant> redrives = new HashMap<>();
        redriven.find(in("_id", letters.stream().map(DeadLetter::id).toList()))
                .forEach(redrive -> redrives.put(
                        redrive.getString("_id"), redrive.getDate("at").toInstant()));
        return letters.stream()
                .map(letter -> deadLetter(letter, redrives.get(letter.id())))
                .toList();
    }

    private static DeadLetter deadLetter(DeadLetter letter, Instant redrivenAt) {
        return new DeadLetter(
                letter.id(),
                letter.topic(),
                letter.partition(),
                letter.offset(),
                letter.originalTopic(),
                letter.key(),
                letter.exception(),
                letter.reason(),
                letter.preview(),
                redrivenAt);
    }

    /** Re-drives the dead letter unless it was re-driven before; answers it as it now stands, or empty if unknown. */
    public Optional<DeadLetter> redrive(String topic, int partition, long offset) {
        if (!queues.contains(topic)) {
            return Optional.empty();
        }
        return record(topic, partition, offset).map(record -> {
            String id = DeadLetter.id(topic, partition, offset);
            if (markRedriven(id)) {
                try {
                    send(record);
                } catch (RuntimeException e) {
                    redriven.deleteOne(new Document("_id", id));
                    throw e;
                }
            }
            return deadLetter(record);
        });
    }

    /** Counts the records of each dead-letter topic (end offset minus start offset, summed over its partitions). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            queues.originals().keySet().forEach(topic -> {
                List<TopicPartition> partitions = KafkaClients.partitions(consumer, topic);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
                Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, TIMEOUT);
                counts.put(
                        topic,
                        partitions.stream()
                                .mapToLong(p -> end.get(p) - start.get(p))
                                .sum());
            });
        }
        return counts;
    }

    public long redrivenCount() {
        return redriven.countDocuments();
    }

    private boolean markRedriven(String id) {
        try {
            redriven.insertOne(new Document("_id", id).append("at", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private synchronized void send(ConsumerRecord<byte[], byte[]> record) {
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(
                originalTopic(record), null, record.key(), record.value(), originalHeaders(record));
        try {
            producer().send(again).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while re-driving a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the re-driven dead letter", e);
        }
    }

    private List<Header> originalHeaders(ConsumerRecord<byte[], byte[]> record) {
        List<Header> headers = new ArrayList<>();
        record.headers().forEach(header -> {
            if (!header.key().startsWith("x-exception") && !header.key().startsWith("x-original")) {
                headers.add(header);
            }
        });
        return headers;
    }

    private Optional<ConsumerRecord<byte[], byte[]>> record(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition where = new TopicPartition(topic, partition);
            if (!KafkaClients.partitions(consumer, topic).contains(where)
                    || offset >= consumer.endOffsets(List.of(where), TIMEOUT).get(where)) {
                return Optional.empty();
            }
            consumer.assign(List.of(where));
            consumer.seek(where, offset);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private void read(String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            KafkaClients.readWhole(consumer, topic, each);
        }
    }

    DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record) {
        String id = DeadLetter.id(record.topic(), record.partition(), record.offset());
        Document redrive = redriven.find(new Document("_id", id)).first();
        return deadLetter(record, redrive == null ? null : redrive.getDate("at").toInstant());
    }

    private DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record, Instant redrivenAt) {
        return new DeadLetter(
                DeadLetter.id(record.topic(), record.partition(), record.offset()),
                record.topic(),
                record.partition(),
                record.offset(),
                originalTopic(record),
                text(record.key()),
                header(record, "x-exception-fqcn"),
                header(record, "x-exception-message"),
                preview(record.value()),
                redrivenAt);
    }

    /**
     * The topic the dead-letter topic drains, whatever the record's {@code x-original-topic} header says: a header is
     * anyone's to write, so a re-drive never goes to a topic the consumer did not read it from.
     */
    private String originalTopic(ConsumerRecord<byte[], byte[]> record) {
        return queues.originals().get(record.topic());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header.value());
    }

    private static String preview(byte[] value) {
        String text = text(value);
        return text == null || text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return clients.reader("dead-letters", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = clients.acknowledgedProducer(new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(TIMEOUT);
        }
    }
}
