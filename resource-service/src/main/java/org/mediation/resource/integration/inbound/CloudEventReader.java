package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads a CloudEvent off a Kafka record. Producers publish structured mode (the whole event is the JSON value), but
 * Spring Cloud Function turns a message whose {@code contentType} is {@code application/cloudevents+json} into binary
 * mode before the consumer sees it ({@code ce-*} headers, {@code data} as payload): both are read.
 */
@Component
class CloudEventReader {

    private final ObjectMapper json;

    CloudEventReader(ObjectMapper json) {
        this.json = json;
    }

    InboundCloudEvent read(Message<byte[]> message) throws IOException {
        String id = CloudEventMessageUtils.getId(message);
        String type = CloudEventMessageUtils.getType(message);
        if (id != null && type != null) {
            return new InboundCloudEvent(id, type, json.readTree(message.getPayload()));
        }
        return json.readValue(message.getPayload(), InboundCloudEvent.class);
    }
}
