package org.mediation.platform.axon;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Axon's document-per-event storage, whose reads every MongoDB server answers from a unique index, whatever the size
 * of the store: mongo-java-server, the embedded default, uses an index only for equality or {@code $in} on a unique
 * one-field index, and reads the whole collection for anything else (a range, a compound index, a sort). Axon's own
 * queries are both: its tracking query ({@code timestamp >= token - lookBack}) and its aggregate query (identifier and
 * {@code sequenceNumber >= n}) made the cost of every poll and of every aggregate load grow with the history, and
 * held the collection meanwhile (docs/adr/0008).
 *
 * <p>Each appended event also carries {@value #AGGREGATE_SEQUENCE} ({@code <aggregate>/<sequence number>}), and
 * before it is stored its timestamp, sequence number and id are added to the document of its second in {@code
 * <events>_by_second} ({@link EventSeconds}). An aggregate is read by lists of its numbers; a tracking poll reads
 * the seconds of its window, keeps the events its token does not know in Axon's order (timestamp, sequence number)
 * and reads the first {@code batchSize} of them by event id. The events, the order and the tokens are Axon's. An
 * event stored before this strategy gets its key and its second once, when the indexes are ensured.
 */
public final class IndexedEventStorageStrategy extends DocumentPerEventStorageStrategy {

    static final String AGGREGATE_SEQUENCE = "aggregateSequence";
    private static final String AXON_AGGREGATE_INDEX = "uniqueAggregateIndex";
    private static final List<String> AXON_EVENT_INDEXES = List.of(AXON_AGGREGATE_INDEX, "orderedEventStreamIndex");

    private final Duration lookBack;
    private final EventSeconds seconds;

    IndexedEventStorageStrategy(Duration lookBack, EventSeconds seconds) {
        super(EventEntryConfiguration.getDefault(), lookBack);
        this.lookBack = lookBack;
        this.seconds = seconds;
    }

    @Override
    public void appendEvents(
            MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events, Serializer serializer) {
        appendDocuments(
                eventCollection, createEventDocuments(events, serializer).toList());
    }

    /** Stores event documents in Axon's form as every append does: keyed, and listed by second first. */
    public void appendDocuments(MongoCollection<Document> eventCollection, List<Document> documents) {
        documents.forEach(this::keyed);
        seconds.add(documents);
        eventCollection.insertMany(documents);
    }

    /**
     * Our indexes on the events, and Axon's on the snapshots only: Axon's two on the events would cost every append two
     * index writes for nothing, its aggregate index guarding what {@value #AGGREGATE_SEQUENCE} guards, its stream
     * index serving a query this strategy never sends. A store that has them (written before) has them dropped, before
     * the snapshots' is ensured (mongo-java-server drops an index by name in every collection).
     */
    @Override
    public void ensureIndexes(MongoCollection<Document> eventsCollection, MongoCollection<Document> snapshots) {
        EventEntryConfiguration schema = eventConfiguration();
        List<String> existing = eventsCollection
                .listIndexes()
                .map(index -> index.getString("name"))
                .into(new ArrayList<>());
        AXON_EVENT_INDEXES.stream().filter(existing::contains).forEach(eventsCollection::dropIndex);
        snapshots.createIndex(
                Indexes.ascending(schema.aggregateIdentifierProperty(), schema.sequenceNumberProperty()),
                new IndexOptions().unique(true).name(AXON_AGGREGATE_INDEX));
        eventsCollection.createIndex(
                Indexes.ascending(AGGREGATE_SEQUENCE),
                new IndexOptions().unique(true).sparse(true));
        eventsCollection.createIndex(
                Indexes.ascending(schema.eventIdentifierProperty()), new IndexOptions().unique(true));
        for (Document stored : eventsCollection.find(exists(AGGREGATE_SEQUENCE, false))) {
            seconds.add(List.of(stored));
            eventsCollection.updateOne(
                    eq("_id", stored.get("_id")),
                    Updates.set(AGGREGATE_SEQUENCE, keyed(stored).get(AGGREGATE_SEQUENCE)));
        }
    }

    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(
            MongoCollection<Document> collection, String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(sequence -> aggregateIdentifier + "/" + sequence)
                .toList();
        List<Document> found = collection.find(in(AGGREGATE_SEQUENCE, keys)).into(new ArrayList<>());
        found.sort(Comparator.comparing(
                document -> document.getLong(eventConfiguration().sequenceNumberProperty())));
        return found.stream().flatMap(this::extractEvents).toList();
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(
            MongoCollection<Document> eventCollection, TrackingToken lastToken, int batchSize) {
        if (!(lastToken instanceof MongoTrackingToken token)) {
            return super.findTrackedEvents(eventCollection, lastToken, batchSize);
        }
        EventEntryConfiguration schema = eventConfiguration();
        MongoTrackingToken known = token;
        List<String> unknown = seconds
                .from(
                        token.getTimestamp().minus(lookBack),
                        listed -> !known.getKnownEventIds().contains(listed.id()),
                        batchSize)
                .stream()
                .limit(batchSize)
                .map(EventSeconds.Listed::id)
                .toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<Document> found = eventCollection
                .find(in(schema.eventIdentifierProperty(), unknown))
                .into(new ArrayList<>());
        found.sort(Comparator.<Document, String>comparing(document -> document.getString(schema.timestampProperty()))
                .thenComparing(document -> document.getLong(schema.sequenceNumberProperty())));
        List<TrackedEventData<?>> results = new ArrayList<>();
        for (Document document : found) {
            for (DomainEventData<?> event : extractEvents(document).toList()) {
                token = token.advanceTo(event.getTimestamp(), event.getEventIdentifier(), lookBack);
                results.add(new TrackedDomainEventData<>(token, event));
            }
        }
        return results;
    }

    private Document keyed(Document event) {
        EventEntryConfiguration schema = eventConfiguration();
        return event.append(
                AGGREGATE_SEQUENCE,
                event.getString(schema.aggregateIdentifierProperty()) + "/"
                        + event.getLong(schema.sequenceNumberProperty()));
    }
}
