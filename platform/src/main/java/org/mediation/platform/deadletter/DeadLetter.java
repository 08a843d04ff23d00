package org.mediation.platform.deadletter;

import java.time.Instant;

/**
 * A record a consumer could not apply, as it lies on {@code <topic>.<group>.dlq}: where it came from, why it failed
 * (the binder's {@code x-exception-*} headers), what it is when it can be read, and whether an operator re-drove it.
 */
public record DeadLetter(
        String id,
        String topic,
        int partition,
        long offset,
        String originalTopic,
        String key,
        String exception,
        String reason,
        String preview,
        Instant redrivenAt) {

    static String id(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
