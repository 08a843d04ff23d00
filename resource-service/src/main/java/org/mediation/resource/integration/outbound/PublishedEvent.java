package org.mediation.resource.integration.outbound;

/**
 * What leaves the service: a logical, versioned type, the aggregate it is about (also the record key) and a small
 * data record without personal data.
 */
record PublishedEvent(String type, String subject, Object data) {}
