package org.mediation.platform.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.time.ZoneOffset;
import org.mediation.platform.tracing.EventTraces;

/**
 * The one writer of published events: CloudEvents 1.0 in structured JSON mode ({@code docs/contracts} pins the exact
 * shape), built and validated by the CloudEvents SDK. The data's JSON is pinned here rather than borrowed from the
 * application's ObjectMapper, so a change of web JSON settings cannot change what other services read: ISO-8601
 * dates and instants.
 */
public final class CloudEventWriter {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final ObjectMapper DATA = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final JsonFormat FORMAT = new JsonFormat();

    private CloudEventWriter() {}

    /** The record's value; an event the SDK refuses (a missing attribute, data it cannot write) is unpublishable. */
    public static byte[] write(OutgoingCloudEvent event) {
        try {
            return FORMAT.serialize(toCloudEvent(event));
        } catch (UnpublishableEvent e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnpublishableEvent(event.id(), e);
        }
    }

    static CloudEvent toCloudEvent(OutgoingCloudEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data(event));
        if (event.traceparent() != null) {
            builder.withExtension(EventTraces.TRACEPARENT, event.traceparent());
        }
        return builder.build();
    }

    private static byte[] data(OutgoingCloudEvent event) {
        try {
            return DATA.writeValueAsBytes(event.data());
        } catch (JsonProcessingException e) {
            throw new UnpublishableEvent(event.id(), e);
        }
    }
}
