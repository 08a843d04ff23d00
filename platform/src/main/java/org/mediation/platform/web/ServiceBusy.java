package org.mediation.platform.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** The service runs as many expensive reads as it may at once ({@link Expensive}): a 503 with {@code Retry-After}. */
public class ServiceBusy extends RetryLater {

    public ServiceBusy(String message, Duration retryAfter) {
        super(message, retryAfter);
    }

    @Override
    HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    String title() {
        return "Service busy";
    }
}
