package org.mediation.synthesis.integration.outbound;

import com.mongodb.client.MongoDatabase;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.mediation.platform.cloudevents.CloudEventSender;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.mongo.Lease;
import org.mediation.synthesis.national.NationalAggregate;
import org.mediation.synthesis.national.NationalAggregateListener;
import org.springframework.stereotype.Component;

/**
 * Publishes each (debounced) national aggregate as {@value #TYPE} on the compacted topic {@code national-aggregates},
 * always with record key {@value #SUBJECT}: the topic's last record is the current figures. With several instances,
 * only the holder of the {@code national} lease publishes (every instance sums the same stored figures); another
 * takes the lease over {@link #LEASE} after the holder last published.
 */
@Component
class NationalAggregatePublisher implements NationalAggregateListener {

    static final String BINDING = "nationalAggregates-out-0";
    static final String TYPE = "synthesis.NationalAggregateUpdated.v1";
    static final String SUBJECT = "national";

    static final Duration LEASE = Duration.ofSeconds(10);

    private final CloudEventSender sender;
    private final Lease lease;

    NationalAggregatePublisher(CloudEventSender sender, MongoDatabase synthesisDatabase, Clock clock) {
        this.sender = sender;
        this.lease = new Lease(synthesisDatabase, SUBJECT, LEASE, clock);
    }

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = "national-aggregates", payloadType = NationalAggregate.class, description = "Every change of the national aggregate (debounced), key national, compacted: the last" + " record is the current national figures.",
            message = @AsyncMessage(messageId = TYPE, name = TYPE)))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public void updated(NationalAggregate aggregate) {
        if (!lease.hold()) {
            return;
        }
        sender.send(
                BINDING,
                new OutgoingCloudEvent(
                        UUID.randomUUID().toString(), "/synthesis", TYPE, SUBJECT, aggregate.asOf(), aggregate));
    }
}
