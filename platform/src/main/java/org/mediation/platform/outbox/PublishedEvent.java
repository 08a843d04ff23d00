package org.mediation.platform.outbox;

/**
 * What an internal event becomes when it leaves its service: a logical, versioned type, the aggregate it is about
 * (also the record key) and a small data record without personal data.
 */
public record PublishedEvent(String type, String subject, Object data) {}
