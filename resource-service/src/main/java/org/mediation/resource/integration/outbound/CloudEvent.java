package org.mediation.resource.integration.outbound;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the value of every record this service publishes. {@code time}
 * is always an RFC 3339 string, whatever the mapper's date settings.
 */
record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant time,
        String datacontenttype,
        Object data) {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    static final String SOURCE = "/resource";

    static CloudEvent of(String id, Instant time, PublishedEvent event) {
        return new CloudEvent("1.0", id, SOURCE, event.type(), event.subject(), time, "application/json", event.data());
    }
}
