package org.mediation.platform.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A request refused for now: its status, and a {@code Retry-After} in whole seconds. */
public abstract class RetryLater extends RuntimeException {

    private final Duration retryAfter;

    RetryLater(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    abstract HttpStatus status();

    abstract String title();

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
