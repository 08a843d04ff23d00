package org.mediation.platform.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A caller over its allowance: a 429 with {@code Retry-After}. */
public class TooManyRequests extends RetryLater {

    public TooManyRequests(String message, Duration retryAfter) {
        super(message, retryAfter);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }

    @Override
    String title() {
        return "Too many requests";
    }
}
