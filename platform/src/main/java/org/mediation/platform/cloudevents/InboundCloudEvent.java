package org.mediation.platform.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A consumed CloudEvent, validated: id, source, type and JSON data are always there; subject and time may not be. */
public record InboundCloudEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {

    /**
     * The event's identity for de-duplication: its id within its source (CloudEvents: source + id is unique), so that
     * one producer's id cannot pass for another's event. A source never holds a space.
     */
    public String scopedId() {
        return scopedId(source, id);
    }

    public static String scopedId(String source, String id) {
        return source + " " + id;
    }
}
