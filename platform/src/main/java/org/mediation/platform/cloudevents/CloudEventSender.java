package org.mediation.platform.cloudevents;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends a CloudEvent through a Spring Cloud Stream output binding: structured JSON as the value, the subject as the
 * record key. With the binding's {@code sync: true} a send returns once Kafka acknowledged it, or throws.
 */
public class CloudEventSender {

    private final StreamBridge streamBridge;

    public CloudEventSender(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void send(String binding, OutgoingCloudEvent event) {
        Message<byte[]> record = MessageBuilder.withPayload(CloudEventWriter.write(event))
                .setHeader(KafkaHeaders.KEY, event.subject())
                .setHeader("content-type", CloudEventWriter.CONTENT_TYPE)
                .setHeader("contentType", CloudEventWriter.CONTENT_TYPE)
                .build();
        if (!streamBridge.send(binding, record)) {
            throw new IllegalStateException("Kafka did not accept event " + event.id());
        }
    }
}
