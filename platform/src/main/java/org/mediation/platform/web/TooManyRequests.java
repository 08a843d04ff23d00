package org.mediation.platform.web;

import java.time.Duration;

/** A caller over its allowance: a 429 with {@code Retry-After}. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
