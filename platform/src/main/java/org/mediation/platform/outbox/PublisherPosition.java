package org.mediation.platform.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;

/** Where this instance's {@value OutboxPublisher#PROCESSING_GROUP} processor stands in the event store. */
class PublisherPosition {

    private final EventProcessingConfiguration processing;

    PublisherPosition(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    Optional<StreamingEventProcessor> processor() {
        return processing.eventProcessor(OutboxPublisher.PROCESSING_GROUP, StreamingEventProcessor.class);
    }

    /**
     * The timestamp the publisher's token has reached, when this instance owns the publisher's segment and is not
     * replaying: nothing older than it minus the look-back window will be read by the processor any more.
     */
    Optional<Instant> reached() {
        return processor()
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .filter(status -> !status.isReplaying())
                        .map(EventTrackerStatus::getTrackingToken)
                        .filter(Objects::nonNull)
                        .flatMap(token -> WrappedToken.unwrap(token, MongoTrackingToken.class).stream())
                        .map(MongoTrackingToken::getTimestamp)
                        .min(Instant::compareTo));
    }
}
