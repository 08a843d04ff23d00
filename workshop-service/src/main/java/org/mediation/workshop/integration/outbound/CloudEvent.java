package org.mediation.workshop.integration.outbound;

import java.time.Instant;

/** A CloudEvents 1.0 envelope in structured JSON mode: the value of every record this service publishes. */
record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        Object data) {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    static final String SOURCE = "/workshop";

    static CloudEvent of(String id, Instant time, PublishedEvent event) {
        return new CloudEvent("1.0", id, SOURCE, event.type(), event.subject(), time, "application/json", event.data());
    }
}
