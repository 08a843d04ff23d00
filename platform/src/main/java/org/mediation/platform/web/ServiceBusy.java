package org.mediation.platform.web;

import java.time.Duration;

/** The service runs as many expensive reads as it may at once ({@link Expensive}): a 503 with {@code Retry-After}. */
public class ServiceBusy extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
