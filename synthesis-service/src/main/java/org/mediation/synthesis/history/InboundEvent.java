package org.mediation.synthesis.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A published event as this service reads it: the CloudEvent attributes it needs and the raw data. An event whose
 * data is not an object, or whose ids ({@code …Id}) or capacity have the wrong type, is refused here, before it can
 * change any projection: otherwise a projection would hold what the history never records, and differ from every
 * rebuild.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {

    public InboundEvent {
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("Event " + id + " of type " + type + ": its data is not an object");
        }
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            if (!wellTyped(field.getKey(), field.getValue())) {
                throw new IllegalArgumentException(
                        "Event " + id + " of type " + type + ": field " + field.getKey() + " has the wrong type");
            }
        }
    }

    private static boolean wellTyped(String field, JsonNode value) {
        if (value.isNull()) {
            return true;
        }
        if (field.endsWith("Id")) {
            return value.isTextual() && !value.asText().isBlank();
        }
        return !field.equals("capacity") || value.canConvertToInt() && value.isIntegralNumber();
    }

    public String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
