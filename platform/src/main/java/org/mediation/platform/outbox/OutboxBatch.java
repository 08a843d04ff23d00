package org.mediation.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.EventMessage;

/**
 * What one batch of the publisher handed to Kafka and handled. {@link #settle()} runs once, in the handler of the
 * batch's last event, before the batch's token is stored: it waits for every acknowledgement (so a batch costs about one round trip, not one per event), parks the
 * events Kafka refused for good, and enters the batch in the ledger. Any other failure fails the batch, which the
 * processor retries from its last token: nothing is stored as published that Kafka has not acknowledged.
 */
final class OutboxBatch {

    private record Sent(EventMessage<?> message, Future<RecordMetadata> acknowledgement) {}

    private final List<Sent> sent = new ArrayList<>();
    private final List<EventMessage<?>> handled = new ArrayList<>();
    private final ParkedEvents parked;
    private final PublicationLedger ledger;
    private final OutboxMetrics metrics;

    OutboxBatch(ParkedEvents parked, PublicationLedger ledger, OutboxMetrics metrics) {
        this.parked = parked;
        this.ledger = ledger;
        this.metrics = metrics;
    }

    void sent(EventMessage<?> message, Future<RecordMetadata> acknowledgement) {
        sent.add(new Sent(message, acknowledgement));
    }

    void handled(EventMessage<?> message) {
        handled.add(message);
    }

    void settle() {
        for (Sent record : sent) {
            acknowledged(record);
        }
        ledger.handled(handled);
    }

    private void acknowledged(Sent record) {
        try {
            record.acknowledgement().get();
            metrics.published();
        } catch (ExecutionException e) {
            if (!Unpublishable.isPermanent(e.getCause())) {
                throw new IllegalStateException(
                        "Kafka did not acknowledge event " + record.message().getIdentifier(), e);
            }
            parked.park(record.message(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Kafka acknowledged the batch", e);
        }
    }
}
