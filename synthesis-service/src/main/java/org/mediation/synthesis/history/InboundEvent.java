package org.mediation.synthesis.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A published event as this service reads it: the CloudEvent attributes it needs and the raw data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {

    public String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
