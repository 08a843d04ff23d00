package org.mediation.registration.integration.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wire format of published events, pinned here rather than borrowed from the application's ObjectMapper, so a
 * change of web JSON settings cannot change what other services read. ISO-8601 dates and instants.
 */
final class CloudEventJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CloudEventJson() {}

    static byte[] write(CloudEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Published event " + event.id() + " cannot be written as JSON", e);
        }
    }
}
