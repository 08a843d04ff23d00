package org.mediation.synthesis.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import org.mediation.synthesis.history.InboundEvent;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads a CloudEvent from a Kafka record in either mode. Producers write structured JSON; Spring Cloud Function
 * recognises {@code application/cloudevents+json} and hands consumers the binary form ({@code ce-*} headers, the data
 * as payload), so both are accepted.
 */
@Component
class CloudEventReader {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final ObjectMapper json;

    CloudEventReader(ObjectMapper json) {
        this.json = json;
    }

    InboundEvent read(Message<byte[]> message) {
        try {
            MessageHeaders headers = message.getHeaders();
            if (!headers.containsKey("ce-id")) {
                return json.readValue(message.getPayload(), InboundEvent.class);
            }
            return new InboundEvent(
                    header(headers, "ce-id"),
                    header(headers, "ce-source"),
                    header(headers, "ce-type"),
                    header(headers, "ce-subject"),
                    Instant.parse(header(headers, "ce-time")),
                    json.readTree(message.getPayload()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a readable CloudEvent", e);
        }
    }

    private static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        return value instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : (String) value;
    }
}
