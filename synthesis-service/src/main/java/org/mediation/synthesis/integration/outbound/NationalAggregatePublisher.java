package org.mediation.synthesis.integration.outbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.util.UUID;
import org.mediation.platform.cloudevents.CloudEventSender;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.synthesis.national.NationalAggregate;
import org.mediation.synthesis.national.NationalAggregateListener;
import org.springframework.stereotype.Component;

/**
 * Publishes each (debounced) national aggregate as {@value #TYPE} on the compacted topic {@code national-aggregates},
 * always with record key {@value #SUBJECT}: the topic's last record is the current figures.
 */
@Component
class NationalAggregatePublisher implements NationalAggregateListener {

    static final String BINDING = "nationalAggregates-out-0";
    static final String TYPE = "synthesis.NationalAggregateUpdated.v1";
    static final String SUBJECT = "national";

    private final CloudEventSender sender;

    NationalAggregatePublisher(CloudEventSender sender) {
        this.sender = sender;
    }

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = "national-aggregates", payloadType = NationalAggregate.class, description = "Every change of the national aggregate (debounced), key national, compacted: the last" + " record is the current national figures.",
            message = @AsyncMessage(messageId = TYPE, name = TYPE)))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public void updated(NationalAggregate aggregate) {
        sender.send(
                BINDING,
                new OutgoingCloudEvent(
                        UUID.randomUUID().toString(), "/synthesis", TYPE, SUBJECT, aggregate.asOf(), aggregate));
    }
}
