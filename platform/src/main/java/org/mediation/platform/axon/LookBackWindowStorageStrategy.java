package org.mediation.platform.axon;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.excludeId;
import static com.mongodb.client.model.Projections.fields;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Axon's document-per-event storage, with one change to the tracking query: the events of the look-back window that
 * the token already knows are skipped here, in Java, instead of by a {@code $nin} over all their ids in the query.
 *
 * <p>Axon's query is {@code timestamp >= token - lookBack and eventIdentifier $nin [every id seen in that window]};
 * mongo-java-server compares each document of the window with each id of the list, so one poll costs (events in the
 * window)², and it holds the collection's lock meanwhile: every command's append waited for it (benchmarks.md).
 * Here a first query lists the ids of the window in Axon's order (timestamp, sequence number), the known ones are
 * dropped with a set lookup, and only the first {@code batchSize} unknown events are read in full. The events and
 * tokens returned are Axon's; a poll that finds nothing new costs one query of ids.
 */
final class LookBackWindowStorageStrategy extends DocumentPerEventStorageStrategy {

    private final Duration lookBack;

    LookBackWindowStorageStrategy(Duration lookBack) {
        super(EventEntryConfiguration.getDefault(), lookBack);
        this.lookBack = lookBack;
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(
            MongoCollection<Document> eventCollection, TrackingToken lastToken, int batchSize) {
        if (!(lastToken instanceof MongoTrackingToken token)) {
            return super.findTrackedEvents(eventCollection, lastToken, batchSize);
        }
        EventEntryConfiguration schema = eventConfiguration();
        Bson window = gte(
                schema.timestampProperty(), formatInstant(token.getTimestamp().minus(lookBack)));
        Bson order = ascending(schema.timestampProperty(), schema.sequenceNumberProperty());
        List<String> unknown = new ArrayList<>();
        try (MongoCursor<Document> ids = eventCollection
                .find(window)
                .projection(fields(include(schema.eventIdentifierProperty()), excludeId()))
                .sort(order)
                .iterator()) {
            while (unknown.size() < batchSize && ids.hasNext()) {
                String id = ids.next().getString(schema.eventIdentifierProperty());
                if (!token.getKnownEventIds().contains(id)) {
                    unknown.add(id);
                }
            }
        }
        if (unknown.isEmpty()) {
            return List.of();
        }
        List<TrackedEventData<?>> results = new ArrayList<>();
        for (Document document : eventCollection
                .find(and(window, in(schema.eventIdentifierProperty(), unknown)))
                .sort(order)) {
            for (DomainEventData<?> event : extractEvents(document).toList()) {
                if (!token.getKnownEventIds().contains(event.getEventIdentifier())) {
                    token = token.advanceTo(event.getTimestamp(), event.getEventIdentifier(), lookBack);
                    results.add(new TrackedDomainEventData<>(token, event));
                }
            }
        }
        return results;
    }
}
