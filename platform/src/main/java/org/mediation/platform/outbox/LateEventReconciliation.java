package org.mediation.platform.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.fields;
import static com.mongodb.client.model.Projections.include;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * No event left behind: MongoDB has no global sequence, so the publisher's token is a timestamp and it only looks
 * back {@code regional-days.event-store.look-back} for events committed late. An event that became visible later than
 * that (a slow commit, a pause, a clock behind the others') is one the processor will never read. Every 20 s,
 * on the instance that owns the publisher, this compares the store with the {@link PublicationLedger} over the last
 * {@code regional-days.outbox.reconciliation-range} behind the processor's window, and publishes what it missed
 * through the same {@link OutboxPublisher}. (Against a ledger still empty, the first start of this version, that
 * range is published once more: consumers de-duplicate on the event id.)
 */
class LateEventReconciliation {

    private static final Logger log = LoggerFactory.getLogger(LateEventReconciliation.class);
    private static final EventEntryConfiguration SCHEMA = EventEntryConfiguration.getDefault();

    private final PublisherPosition position;
    private final PublicationLedger ledger;
    private final MongoCollection<Document> events;
    private final EventStorageEngine store;
    private final OutboxPublisher publisher;
    private final OutboxMetrics metrics;
    private final Duration lookBack;
    private final Duration range;

    LateEventReconciliation(
            PublisherPosition position,
            PublicationLedger ledger,
            MongoCollection<Document> events,
            EventStorageEngine store,
            OutboxPublisher publisher,
            OutboxMetrics metrics,
            Duration lookBack,
            Duration range) {
        this.position = position;
        this.ledger = ledger;
        this.events = events;
        this.store = store;
        this.publisher = publisher;
        this.metrics = metrics;
        this.lookBack = lookBack;
        this.range = range;
    }

    @Scheduled(
            fixedDelayString = "${regional-days.outbox.reconciliation-interval:PT20S}",
            initialDelayString = "${regional-days.outbox.reconciliation-interval:PT20S}")
    void reconcile() {
        position.reached().ifPresent(reached -> reconcileBefore(reached.minus(lookBack)));
    }

    private void reconcileBefore(Instant horizon) {
        Instant from = horizon.minus(range);
        missed(from, horizon).forEach(this::publishLate);
        ledger.forgetBefore(from.minus(range));
    }

    private List<Document> missed(Instant from, Instant to) {
        Set<String> handled = ledger.handledBetween(from, to);
        List<Document> missed = new ArrayList<>();
        events.find(and(
                        gte(SCHEMA.timestampProperty(), formatInstant(from)),
                        lt(SCHEMA.timestampProperty(), formatInstant(to))))
                .projection(fields(include(
                        SCHEMA.eventIdentifierProperty(),
                        SCHEMA.aggregateIdentifierProperty(),
                        SCHEMA.sequenceNumberProperty())))
                .forEach(event -> {
                    if (!handled.contains(event.getString(SCHEMA.eventIdentifierProperty()))) {
                        missed.add(event);
                    }
                });
        return missed;
    }

    private void publishLate(Document event) {
        String id = event.getString(SCHEMA.eventIdentifierProperty());
        String aggregate = event.getString(SCHEMA.aggregateIdentifierProperty());
        long sequence = ((Number) event.get(SCHEMA.sequenceNumberProperty())).longValue();
        store.readEvents(aggregate, sequence)
                .asStream()
                .filter(message -> message.getIdentifier().equals(id))
                .findFirst()
                .ifPresent(message -> {
                    log.warn(
                            "Event {} of {} became visible after the publisher had passed it; publishing it now",
                            id,
                            aggregate);
                    publisher.on(message.getPayload(), message);
                    metrics.reconciled();
                });
    }
}
