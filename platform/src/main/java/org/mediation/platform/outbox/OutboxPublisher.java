package org.mediation.platform.outbox;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.mediation.platform.cloudevents.CloudEventSender;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;

/**
 * Publishes the event store to Kafka: a tracking processor ({@value #PROCESSING_GROUP}) whose token only advances once
 * Kafka acknowledged the record (synchronous, idempotent producer with acks=all). The event store is the outbox; the
 * CloudEvent id is the Axon event id, so a re-sent event is recognised downstream.
 */
@ProcessingGroup(OutboxPublisher.PROCESSING_GROUP)
public class OutboxPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final PublishedEventTranslator translator;
    private final CloudEventSender sender;
    private final OutboxProperties outbox;

    OutboxPublisher(PublishedEventTranslator translator, CloudEventSender sender, OutboxProperties outbox) {
        this.translator = translator;
        this.sender = sender;
        this.outbox = outbox;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        translator
                .translate(payload)
                .ifPresent(published -> sender.send(outbox.binding(), envelope(message, published)));
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
