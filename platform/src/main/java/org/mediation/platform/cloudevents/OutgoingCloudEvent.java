package org.mediation.platform.cloudevents;

import java.time.Instant;

/**
 * What a service publishes: a CloudEvent's id, source, logical versioned type ({@code registration.X.v1}), subject
 * (also the record key), time and a small data record, written as JSON.
 */
public record OutgoingCloudEvent(String id, String source, String type, String subject, Instant time, Object data) {}
