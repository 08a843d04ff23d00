package org.mediation.platform.outbox;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.UnknownSerializedType;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.tracing.EventTraces;

/**
 * Publishes the event store to Kafka: a tracking processor ({@value #PROCESSING_GROUP}) that hands each event of a
 * batch to the {@link OutboxProducer} without waiting, and whose token only advances once Kafka acknowledged every
 * record of the batch ({@link OutboxBatch}). The event store is the outbox; the CloudEvent id is the Axon event id, so
 * a re-sent event is recognised downstream.
 *
 * <p>An event that can never be published (its translation fails, Kafka refuses it for good, its stored type is
 * unknown) is parked with its reason and the others keep flowing; a transient failure (Kafka away) fails the batch,
 * which is retried with backoff. Every event handled is entered in the {@link PublicationLedger}, which the {@link
 * LateEventReconciliation} compares with the store; an event it hands back outside a batch is settled at once.
 */
@ProcessingGroup(OutboxPublisher.PROCESSING_GROUP)
public class OutboxPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final String BATCH = OutboxBatch.class.getName();

    private final PublishedEventTranslator translator;
    private final OutboxProducer producer;
    private final OutboxProperties outbox;
    private final ParkedEvents parked;
    private final PublicationLedger ledger;
    private final OutboxMetrics metrics;

    OutboxPublisher(
            PublishedEventTranslator translator,
            OutboxProducer producer,
            OutboxProperties outbox,
            ParkedEvents parked,
            PublicationLedger ledger,
            OutboxMetrics metrics) {
        this.translator = translator;
        this.producer = producer;
        this.outbox = outbox;
        this.parked = parked;
        this.ledger = ledger;
        this.metrics = metrics;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        OutboxBatch batch = inBatch() ? batchOf(CurrentUnitOfWork.get()) : newBatch();
        try {
            Optional<PublishedEvent> published = translate(payload);
            if (published.isPresent()) {
                batch.sent(message, producer.send(envelope(message, published.get())));
            }
        } catch (RuntimeException e) {
            if (!Unpublishable.isPermanent(e)) {
                throw e;
            }
            parked.park(message, e);
        }
        batch.handled(message);
        if (!inBatch() || ((BatchingUnitOfWork<?>) CurrentUnitOfWork.get()).isLastMessage()) {
            batch.settle();
        }
    }

    /**
     * The tracking processor's batch: settled in the handler of its last event, since the processor stores its token
     * in the unit of work's prepare-commit phase ahead of any handler registered there; a failure then stores none.
     */
    private static boolean inBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork;
    }

    private OutboxBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> newBatch());
    }

    private OutboxBatch newBatch() {
        return new OutboxBatch(parked, ledger, metrics);
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
                published.data(),
                (String) message.getMetaData().get(EventTraces.TRACEPARENT));
    }
}
