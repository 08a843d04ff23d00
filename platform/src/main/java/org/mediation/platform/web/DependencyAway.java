package org.mediation.platform.web;

import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.mediation.platform.failure.Causes;

/**
 * Whether a failure, or one of its causes, says that MongoDB or Kafka did not answer in time: a 503, not a 500. A
 * command that waited on the store for longer than its unit of work may last is interrupted by Axon, and the driver
 * answers {@code MongoInterruptedException}: the store did not answer in time either.
 */
final class DependencyAway {

    private static final List<Class<? extends Throwable>> AWAY = List.of(
            MongoTimeoutException.class,
            MongoInterruptedException.class,
            MongoSocketException.class,
            org.apache.kafka.common.errors.TimeoutException.class,
            TimeoutException.class);

    private DependencyAway() {}

    static boolean causes(Throwable failure) {
        return Causes.include(failure, AWAY);
    }
}
