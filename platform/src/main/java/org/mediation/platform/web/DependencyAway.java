package org.mediation.platform.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.mediation.platform.failure.Causes;

/** Whether a failure, or one of its causes, says that MongoDB or Kafka did not answer in time: a 503, not a 500. */
final class DependencyAway {

    private static final List<Class<? extends Throwable>> AWAY = List.of(
            MongoTimeoutException.class,
            MongoSocketException.class,
            org.apache.kafka.common.errors.TimeoutException.class,
            TimeoutException.class);

    private DependencyAway() {}

    static boolean causes(Throwable failure) {
        return Causes.include(failure, AWAY);
    }
}
