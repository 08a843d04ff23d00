package org.mediation.platform.outbox;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.UnknownSerializedType;
import org.mediation.platform.cloudevents.CloudEventSender;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;

/**
 * Publishes the event store to Kafka: a tracking processor ({@value #PROCESSING_GROUP}) whose token only advances once
 * Kafka acknowledged the record (synchronous, idempotent producer with acks=all). The event store is the outbox; the
 * CloudEvent id is the Axon event id, so a re-sent event is recognised downstream.
 *
 * <p>An event that can never be published (its translation fails, Kafka refuses it for good, its stored type is
 * unknown) is parked with its reason and the others keep flowing; a transient failure (Kafka away) fails the batch,
 * which is retried with backoff. Every event handled is entered in the {@link PublicationLedger}, which the {@link
 * LateEventReconciliation} compares with the store.
 */
@ProcessingGroup(OutboxPublisher.PROCESSING_GROUP)
public class OutboxPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final PublishedEventTranslator translator;
    private final CloudEventSender sender;
    private final OutboxProperties outbox;
    private final ParkedEvents parked;
    private final PublicationLedger ledger;
    private final OutboxMetrics metrics;

    OutboxPublisher(
            PublishedEventTranslator translator,
            CloudEventSender sender,
            OutboxProperties outbox,
            ParkedEvents parked,
            PublicationLedger ledger,
            OutboxMetrics metrics) {
        this.translator = translator;
        this.sender = sender;
        this.outbox = outbox;
        this.parked = parked;
        this.ledger = ledger;
        this.metrics = metrics;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        try {
            Optional<PublishedEvent> published = translate(payload);
            if (published.isPresent()) {
                sender.send(outbox.binding(), envelope(message, published.get()));
                metrics.published();
            }
        } catch (RuntimeException e) {
            if (!Unpublishable.isPermanent(e)) {
                throw e;
            }
            parked.park(message, e);
        }
        ledger.handled(message);
    }

    private Optional<PublishedEvent> translate(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            throw new Unpublishable("unknown stored type " + unknown.serializedType());
        }
        try {
            return translator.translate(payload);
        } catch (RuntimeException e) {
            throw new Unpublishable("translation failed: " + e, e);
        }
    }

    private OutgoingCloudEvent envelope(EventMessage<?> message, PublishedEvent published) {
        return new OutgoingCloudEvent(
                message.getIdentifier(),
                outbox.source(),
                published.type(),
                published.subject(),
                message.getTimestamp(),
                published.data());
    }
}
