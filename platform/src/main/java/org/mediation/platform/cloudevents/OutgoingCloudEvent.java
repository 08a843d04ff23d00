package org.mediation.platform.cloudevents;

import java.time.Instant;

/**
 * What a service publishes: a CloudEvent's id, source, logical versioned type ({@code registration.X.v1}), subject
 * (also the record key), time and a small data record, written as JSON; and the W3C trace context of what caused
 * it, when traced ({@code traceparent}, the CloudEvents distributed tracing extension).
 */
public record OutgoingCloudEvent(
        String id, String source, String type, String subject, Instant time, Object data, String traceparent) {

    /** Caused by nothing traced. */
    public OutgoingCloudEvent(String id, String source, String type, String subject, Instant time, Object data) {
        this(id, source, type, subject, time, data, null);
    }
}
