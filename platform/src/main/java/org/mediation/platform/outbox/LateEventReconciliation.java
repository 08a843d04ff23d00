package org.mediation.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.mediation.platform.axon.EventSeconds;
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
    private final EventSeconds events;
    private final EventStorageEngine store;
    private final OutboxPublisher publisher;
    private final OutboxMetrics metrics;
    private final Duration lookBack;
    private final Duration range;

    LateEventReconciliation(
            PublisherPosition position,
            PublicationLedger ledger,
            EventSeconds events,
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

    private List<EventSeconds.Listed> missed(Instant from, Instant to) {
        Set<String> handled = ledger.handledBetween(from, to);
        return events.between(from, to).stream()
                .filter(event -> !handled.contains(event.id()))
                .toList();
    }

    private void publishLate(EventSeconds.Listed event) {
        String id = event.id();
        String aggregate = event.aggregate();
        long sequence = event.sequence();
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
