package org.mediation.synthesis.history;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Every event synthesis consumed, once, by CloudEvent id ({@code event_history}), numbered in the order it was
 * applied: the source of replays and point-in-time answers. Its exact CloudEvent time is kept (milliseconds as a
 * date for people, the nanoseconds beside).
 */
@Repository
public class EventHistory {

    private static final String COUNTER = "event_history";

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> counters;
    private final ObjectMapper json;

    EventHistory(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.events = synthesisDatabase.getCollection("event_history");
        this.counters = synthesisDatabase.getCollection("counters");
        this.json = json;
    }

    public boolean contains(String eventId) {
        return events.find(eq(eventId)).first() != null;
    }

    public void record(InboundEvent event) {
        try {
            events.insertOne(new Document("_id", event.id())
                    .append("sequence", nextSequence())
                    .append("source", event.source())
                    .append("type", event.type())
                    .append("subject", event.subject())
                    .append("time", Date.from(event.time()))
                    .append("nano", event.time().getNano())
                    .append("data", Document.parse(json.writeValueAsString(event.data()))));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not JSON", e);
        }
    }

    private long nextSequence() {
        Document counter = counters.findOneAndUpdate(
                eq(COUNTER),
                Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.getLong("value");
    }

    /** The sequence number of the last recorded event (0 when none). */
    public long lastSequence() {
        Document counter = counters.find(eq(COUNTER)).first();
        return counter == null ? 0 : counter.getLong("value");
    }

    /** The recorded events numbered after {@code after} and up to {@code upTo}, in the order they were applied. */
    public void forEachBetween(long after, long upTo, SequencedConsumer consumer) {
        events.find(and(gt("sequence", after), lte("sequence", upTo)))
                .sort(ascending("sequence"))
                .batchSize(2_000)
                .forEach(document -> consumer.accept(document.getLong("sequence"), event(document)));
    }

    /** The recorded events in the order they were applied. */
    public void forEach(Consumer<InboundEvent> consumer) {
        forEachBetween(0, Long.MAX_VALUE, (sequence, event) -> consumer.accept(event));
    }

    /** How many recorded events are numbered up to {@code upTo}. */
    public long countUpTo(long upTo) {
        return events.countDocuments(lte("sequence", upTo));
    }

    private InboundEvent event(Document document) {
        Instant time = document.getDate("time").toInstant().plusNanos(document.getInteger("nano") % 1_000_000);
        try {
            return new InboundEvent(
                    document.getString("_id"),
                    document.getString("source"),
                    document.getString("type"),
                    document.getString("subject"),
                    time,
                    json.readTree(document.get("data", Document.class).toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history event " + document.get("_id"), e);
        }
    }

    /** Receives history events with their sequence number. */
    @FunctionalInterface
    public interface SequencedConsumer {
        void accept(long sequence, InboundEvent event);
    }
}
