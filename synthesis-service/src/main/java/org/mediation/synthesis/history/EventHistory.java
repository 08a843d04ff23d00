package org.mediation.synthesis.history;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Every event synthesis consumed, once, by source and CloudEvent id ({@code event_history}), numbered in the order it was
 * applied: the source of replays and point-in-time answers. Its exact CloudEvent time is kept (milliseconds as a
 * date for people, the nanoseconds beside). The numbers have a unique index, and a range of them is read as lists of
 * at most {@value #CHUNK} numbers ({@code $in}), which every server answers from that index: mongo-java-server answers
 * a range query ({@code $gt}) by reading the whole collection, and holds a query's whole answer in memory until it is
 * read, so one ordered query over a replay's range had it sort and hold the whole history.
 */
@Repository
public class EventHistory {

    private static final String COUNTER = "event_history";
    private static final String EVENT_ID = "eventId";
    private static final int CHUNK = 1_000;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> counters;
    private final ObjectMapper json;
    /** Daemon threads, each reading the next list of numbers of one caller at a time; idle ones end after a minute. */
    private final ExecutorService reads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "history-read");
        thread.setDaemon(true);
        return thread;
    });

    EventHistory(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.events = synthesisDatabase.getCollection("event_history");
        this.counters = synthesisDatabase.getCollection("counters");
        this.json = json;
        events.createIndex(Indexes.ascending("sequence"), new IndexOptions().unique(true));
    }

    /**
     * The events of the list the history does not hold yet, each once, in their order (one read). An event is the same
     * as a recorded one when both its source and its id are: a producer cannot suppress another's event by reusing its
     * id. Events recorded before ids were scoped are kept under their bare id, with their source beside it.
     */
    public List<InboundEvent> unrecorded(List<InboundEvent> candidates) {
        List<String> keys = new ArrayList<>();
        candidates.forEach(event -> {
            keys.add(key(event));
            keys.add(event.id());
        });
        Set<String> recorded = new HashSet<>();
        events.find(in("_id", keys))
                .projection(include("_id", "source", EVENT_ID))
                .forEach(document -> recorded.add(key(document.getString("source"), eventId(document))));
        Map<String, InboundEvent> unrecorded = new LinkedHashMap<>();
        candidates.stream()
                .filter(event -> !recorded.contains(key(event)))
                .forEach(event -> unrecorded.putIfAbsent(key(event), event));
        return List.copyOf(unrecorded.values());
    }

    /** The history's id of an event: its source and its CloudEvent id, which is unique only within its source. */
    private static String key(InboundEvent event) {
        return key(event.source(), event.id());
    }

    private static String key(String source, String id) {
        return source + " " + id;
    }

    private static String eventId(Document document) {
        String scoped = document.getString(EVENT_ID);
        return scoped != null ? scoped : document.getString("_id");
    }

    /**
     * Records events numbered in their order: one update of the counter and one insert for them all. An event another
     * instance recorded meanwhile is left as it is (its number stays unused).
     */
    public void record(List<InboundEvent> recorded) {
        long first = reserve(recorded.size());
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            documents.add(document(recorded.get(i), first + i));
        }
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private Document document(InboundEvent event, long sequence) {
        try {
            return new Document("_id", key(event))
                    .append(EVENT_ID, event.id())
                    .append("sequence", sequence)
                    .append("source", event.source())
                    .append("type", event.type())
                    .append("subject", event.subject())
                    .append("time", Date.from(event.time()))
                    .append("nano", event.time().getNano())
                    .append("data", Document.parse(json.writeValueAsString(event.data())));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not JSON", e);
        }
    }

    /** Reserves that many numbers and returns the first. */
    private long reserve(int count) {
        Document counter = counters.findOneAndUpdate(
                eq(COUNTER),
                Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getLong("value") - count + 1;
    }

    /** The sequence number of the last recorded event (0 when none). */
    public long lastSequence() {
        Document counter = counters.find(eq(COUNTER)).first();
        return counter == null ? 0 : counter.getLong("value");
    }

    /**
     * The recorded events numbered after {@code after} and up to {@code upTo}, in the order they were applied; returns
     * the numbers of that range no event held when read: unused (an event recorded twice) or still being recorded.
     */
    public List<Long> forEachBetween(long after, long upTo, SequencedConsumer consumer) {
        long last = Math.min(upTo, lastSequence());
        Unread unread = new Unread(after, consumer);
        CompletableFuture<List<Document>> next = read(after + 1, last);
        for (long first = after + 1; first <= last; first += CHUNK) {
            List<Document> chunk = joined(next);
            next = read(first + CHUNK, last);
            apply(chunk, unread);
        }
        return unread.upTo(last);
    }

    /**
     * The list of numbers from {@code first} (at most {@value #CHUNK}, none after {@code last}), read by another thread:
     * the store reads the next list while this service applies the one before.
     */
    private CompletableFuture<List<Document>> read(long first, long last) {
        if (first > last) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Long> numbers = LongStream.rangeClosed(first, Math.min(last, first + CHUNK - 1))
                .boxed()
                .toList();
        return CompletableFuture.supplyAsync(() -> documents(numbers), reads);
    }

    private static List<Document> joined(CompletableFuture<List<Document>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The recorded events of those numbers, in the order they were applied (a number no event holds is skipped). */
    public void forEachOf(List<Long> numbers, SequencedConsumer consumer) {
        for (int first = 0; first < numbers.size(); first += CHUNK) {
            apply(documents(numbers.subList(first, Math.min(numbers.size(), first + CHUNK))), consumer);
        }
    }

    /** The documents of at most {@value #CHUNK} numbers, in the order of their numbers. */
    private List<Document> documents(List<Long> numbers) {
        List<Document> documents = events.find(in("sequence", numbers)).into(new ArrayList<>());
        documents.sort(Comparator.comparing(document -> document.getLong("sequence")));
        return documents;
    }

    private void apply(List<Document> documents, SequencedConsumer consumer) {
        documents.forEach(document -> consumer.accept(document.getLong("sequence"), event(document)));
    }

    /** The recorded events in the order they were applied. */
    public void forEach(Consumer<InboundEvent> consumer) {
        forEachBetween(0, Long.MAX_VALUE, (sequence, event) -> consumer.accept(event));
    }

    /** The event's data is converted as read (a map of JSON values), not written out as JSON and parsed again. */
    private InboundEvent event(Document document) {
        Instant time = document.getDate("time").toInstant().plusNanos(document.getInteger("nano") % 1_000_000);
        try {
            return new InboundEvent(
                    eventId(document),
                    document.getString("source"),
                    document.getString("type"),
                    document.getString("subject"),
                    time,
                    json.valueToTree(document.get("data", Document.class)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable history event " + document.get("_id"), e);
        }
    }

    /** Passes events on in ascending order and notes the numbers it was not given. */
    private static final class Unread implements SequencedConsumer {

        private final SequencedConsumer next;
        private final List<Long> numbers = new ArrayList<>();
        private long expected;

        Unread(long after, SequencedConsumer next) {
            this.expected = after + 1;
            this.next = next;
        }

        @Override
        public void accept(long sequence, InboundEvent event) {
            skipTo(sequence);
            expected = sequence + 1;
            next.accept(sequence, event);
        }

        List<Long> upTo(long last) {
            skipTo(last + 1);
            return numbers;
        }

        private void skipTo(long sequence) {
            for (; expected < sequence; expected++) {
                numbers.add(expected);
            }
        }
    }

    /** Receives history events with their sequence number. */
    @FunctionalInterface
    public interface SequencedConsumer {
        void accept(long sequence, InboundEvent event);
    }
}
