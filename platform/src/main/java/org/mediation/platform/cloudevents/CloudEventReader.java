package org.mediation.platform.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.mediation.platform.tracing.EventTraces;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The one reader of consumed records, in both CloudEvents modes, validated by the CloudEvents SDK. Producers write
 * structured JSON; Spring Cloud Function turns an {@code application/cloudevents+json} record into binary mode
 * (attributes in {@code ce-*} or {@code ce_*} headers, the data as payload) before a consumer sees it. Anything else
 * (not JSON, no type, no time, no data) is an {@link UnreadableCloudEvent}: every producer of ours stamps its events,
 * and history and point-in-time answers order by that time. A record consumed from a topic (the binder's
 * {@code kafka_receivedTopic} header) is read only if the topic's producer wrote it ({@link TopicProducer}), else it is
 * an {@link UntrustedCloudEvent}.
 */
public final class CloudEventReader {

    private static final JsonFormat FORMAT = new JsonFormat();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventReader() {}

    /** The event read; its trace, when it carries one, is continued ({@link EventTraces#received}). */
    public static InboundCloudEvent read(Message<byte[]> message) {
        String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        CloudEvent cloudEvent = cloudEvent(message);
        InboundCloudEvent event = validated(cloudEvent);
        InboundCloudEvent vouched =
                topic == null ? event : TopicProducer.of(topic).vouchFor(event);
        Object traceparent = cloudEvent.getExtension(EventTraces.TRACEPARENT);
        if (traceparent != null) {
            EventTraces.received(traceparent.toString(), event.type(), event.id(), event.source());
        }
        return vouched;
    }

    private static CloudEvent cloudEvent(Message<byte[]> message) {
        try {
            Map<String, Object> headers = message.getHeaders();
            return attribute(headers, "specversion") == null
                    ? FORMAT.deserialize(message.getPayload())
                    : binary(headers, message.getPayload());
        } catch (RuntimeException e) {
            throw new UnreadableCloudEvent(String.valueOf(e.getMessage()), e);
        }
    }

    private static InboundCloudEvent validated(CloudEvent event) {
        try {
            return inbound(event);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCloudEvent(String.valueOf(e.getMessage()), e);
        }
    }

    private static CloudEvent binary(Map<String, Object> headers, byte[] data) {
        CloudEventBuilder event = CloudEventBuilder.fromSpecVersion(
                        SpecVersion.parse(attribute(headers, "specversion")))
                .withId(attribute(headers, "id"))
                .withSource(URI.create(String.valueOf(attribute(headers, "source"))))
                .withType(attribute(headers, "type"))
                .withSubject(attribute(headers, "subject"))
                .withData(data);
        String traceparent = attribute(headers, EventTraces.TRACEPARENT);
        if (traceparent != null) {
            event.withExtension(EventTraces.TRACEPARENT, traceparent);
        }
        String time = attribute(headers, "time");
        return (time == null ? event : event.withTime(OffsetDateTime.parse(time))).build();
    }

    private static InboundCloudEvent inbound(CloudEvent event) throws IOException {
        CloudEventData data = event.getData();
        JsonNode json = data == null ? null : JSON.readTree(data.toBytes());
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("no JSON object as data");
        }
        if (event.getTime() == null) {
            throw new IllegalArgumentException("no time");
        }
        return new InboundCloudEvent(
                event.getId(),
                event.getSource().toString(),
                event.getType(),
                event.getSubject(),
                event.getTime().toInstant(),
                json);
    }

    private static String attribute(Map<String, Object> headers, String name) {
        Object value = headers.containsKey("ce-" + name) ? headers.get("ce-" + name) : headers.get("ce_" + name);
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) value;
    }
}
