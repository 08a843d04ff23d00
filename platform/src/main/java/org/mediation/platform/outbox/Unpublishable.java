package org.mediation.platform.outbox;

import java.util.Set;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.mediation.platform.cloudevents.UnpublishableEvent;
import org.mediation.platform.failure.Causes;

/**
 * An event that no retry will publish. Kafka away, a timeout or a leader election are transient and retried; a
 * translation or envelope failure, and a record Kafka refuses for what it is (too large, invalid, not serialisable)
 * are permanent.
 */
class Unpublishable extends RuntimeException {

    private static final Set<Class<? extends Throwable>> PERMANENT = Set.of(
            Unpublishable.class,
            UnpublishableEvent.class,
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidRecordException.class,
            SerializationException.class);

    Unpublishable(String reason) {
        super(reason);
    }

    Unpublishable(String reason, Throwable cause) {
        super(reason, cause);
    }

    static boolean isPermanent(Throwable failure) {
        return Causes.include(failure, PERMANENT);
    }
}
