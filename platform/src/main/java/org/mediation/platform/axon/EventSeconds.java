package org.mediation.platform.axon;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The stored events by the second of their timestamp: one document per second ({@code _id} its epoch second) listing
 * each event's id, aggregate, sequence number and timestamp, and one ({@code _id} {@value #LATEST}) holding the
 * latest second that has events. A stretch of time is read second by second, {@value #CHUNK} seconds a query, all by
 * {@code _id}: a tracking window near this clock up to a minute ahead of it (a poll at the head is then one query),
 * anything else up to that latest second.
 */
public final class EventSeconds {

    static final String LATEST = "latest";
    private static final int CHUNK = 600;
    /** Seconds decoded at once: a reader stops after the seconds it needs, and never holds a chunk whole. */
    private static final int BATCH = 16;
    /**
     * How far ahead of this clock a tracking poll at the head reads: an event timed later (a writer's clock further
     * ahead) is read once this clock is that close to it, never skipped, since a token only moves to the events it
     * read.
     */
    private static final Duration AHEAD = Duration.ofMinutes(1);

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final EventEntryConfiguration SCHEMA = EventEntryConfiguration.getDefault();

    private final MongoCollection<Document> seconds;
    /** The latest second this instance wrote: the stored one is at least that, so an earlier one is not written. */
    private final AtomicLong written = new AtomicLong(Long.MIN_VALUE);

    public EventSeconds(MongoCollection<Document> seconds) {
        this.seconds = seconds;
    }

    /** An event as listed: a listed event may not be stored (its append was refused); it is then never read. */
    public record Listed(String id, String aggregate, long sequence, String timestamp) {}

    /** Lists events before they are stored. */
    void add(List<Document> events) {
        Map<Long, List<Document>> bySecond = new TreeMap<>();
        for (Document event : events) {
            String timestamp = event.getString(SCHEMA.timestampProperty());
            bySecond.computeIfAbsent(Instant.parse(timestamp).getEpochSecond(), second -> new ArrayList<>())
                    .add(new Document("id", event.getString(SCHEMA.eventIdentifierProperty()))
                            .append("a", event.getString(SCHEMA.aggregateIdentifierProperty()))
                            .append("s", event.getLong(SCHEMA.sequenceNumberProperty()))
                            .append("t", timestamp));
        }
        bySecond.forEach((second, entries) -> upsert(eq("_id", second), Updates.addEachToSet("events", entries)));
        long latest = ((TreeMap<Long, ?>) bySecond).lastKey();
        if (latest > written.get()) {
            upsert(eq("_id", LATEST), Updates.max("second", latest));
            written.accumulateAndGet(latest, Math::max);
        }
    }

    /**
     * The events from {@code from} on, as Axon compares timestamps (their text), in Axon's order (timestamp, sequence
     * number), read until at least {@code wanted} of them pass {@code kept}, or up to the latest second.
     */
    List<Listed> from(Instant from, Predicate<Listed> kept, int wanted) {
        String start = formatInstant(from);
        List<Listed> listed = new ArrayList<>();
        forEachFrom(from, lastToRead(from), () -> listed.size() >= wanted, entry -> {
            if (entry.timestamp().compareTo(start) >= 0 && kept.test(entry)) {
                listed.add(entry);
            }
        });
        listed.sort(Comparator.comparing(Listed::timestamp).thenComparingLong(Listed::sequence));
        return listed;
    }

    /** The events at or after {@code from} and before {@code to}, as Axon compares timestamps. */
    public List<Listed> between(Instant from, Instant to) {
        String start = formatInstant(from);
        String end = formatInstant(to);
        List<Listed> listed = new ArrayList<>();
        forEachFrom(from, Math.min(to.getEpochSecond(), latestSecond()), () -> false, entry -> {
            if (entry.timestamp().compareTo(start) >= 0 && entry.timestamp().compareTo(end) < 0) {
                listed.add(entry);
            }
        });
        listed.sort(Comparator.comparing(Listed::timestamp).thenComparingLong(Listed::sequence));
        return listed;
    }

    /** How many events are after {@code after}: counted second by second, never held (a publisher far behind). */
    public long countAfter(Instant after) {
        String start = formatInstant(after);
        AtomicLong count = new AtomicLong();
        forEachFrom(after, latestSecond(), () -> false, entry -> {
            if (entry.timestamp().compareTo(start) > 0) {
                count.incrementAndGet();
            }
        });
        return count.get();
    }

    /**
     * Each event of the seconds from {@code from}'s to {@code last}, second after second, until {@code enough} says so
     * at the end of a second: only the seconds needed are read and decoded, one at a time.
     */
    private void forEachFrom(Instant from, long last, BooleanSupplier enough, Consumer<Listed> each) {
        for (long first = from.getEpochSecond(); first <= last; first += CHUNK) {
            List<Long> chunk = LongStream.rangeClosed(first, Math.min(last, first + CHUNK - 1))
                    .boxed()
                    .toList();
            try (MongoCursor<Document> cursor = seconds.find(in("_id", chunk))
                    .sort(ascending("_id"))
                    .batchSize(BATCH)
                    .iterator()) {
                while (cursor.hasNext()) {
                    cursor.next().getList("events", Document.class).forEach(entry -> each.accept(listed(entry)));
                    if (enough.getAsBoolean()) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * A window that starts within {@link #AHEAD} of this clock is read up to that far ahead of it, in one query; one
     * that starts further back (a store quiet for long, a reader far behind) up to the latest second, read first, so
     * that no reader walks seconds no event was ever listed in.
     */
    private long lastToRead(Instant from) {
        Instant now = Instant.now();
        return from.isAfter(now.minus(AHEAD)) ? now.plus(AHEAD).getEpochSecond() : latestSecond();
    }

    private long latestSecond() {
        Document latest = seconds.find(eq("_id", LATEST)).first();
        return latest == null ? Long.MIN_VALUE : latest.getLong("second");
    }

    private static Listed listed(Document entry) {
        return new Listed(entry.getString("id"), entry.getString("a"), entry.getLong("s"), entry.getString("t"));
    }

    /** Two appends of the same second may both try to create its document: the one refused updates it instead. */
    private void upsert(Bson filter, Bson update) {
        try {
            seconds.updateOne(filter, update, UPSERT);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            seconds.updateOne(filter, update, UPSERT);
        }
    }
}
