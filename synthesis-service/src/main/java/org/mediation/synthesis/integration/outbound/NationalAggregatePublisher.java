package org.mediation.synthesis.integration.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import org.mediation.synthesis.national.NationalAggregate;
import org.mediation.synthesis.national.NationalAggregateListener;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes each (debounced) national aggregate as {@code synthesis.NationalAggregateUpdated.v1} on the compacted topic
 * {@code national-aggregates}, always with record key {@code national}: the topic's last record is the current figures.
 */
@Component
class NationalAggregatePublisher implements NationalAggregateListener {

    static final String BINDING = "nationalAggregates-out-0";
    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final StreamBridge streamBridge;
    private final ObjectMapper json;

    NationalAggregatePublisher(StreamBridge streamBridge, ObjectMapper json) {
        this.streamBridge = streamBridge;
        this.json = json;
    }

    @AsyncPublisher(
            operation =
                    @AsyncOperation(
                            channelName = "national-aggregates",
                            description =
                                    "Every change of the national aggregate (debounced), key national, compacted: the last"
                                            + " record is the current national figures.",
                            payloadType = NationalAggregate.class,
                            message =
                                    @AsyncMessage(
                                            name = "synthesis.NationalAggregateUpdated.v1",
                                            messageId = "synthesis.NationalAggregateUpdated.v1",
                                            contentType = CONTENT_TYPE)))
    @KafkaAsyncOperationBinding
    @Override
    public void updated(NationalAggregate aggregate) {
        Message<byte[]> record = MessageBuilder.withPayload(write(NationalAggregateUpdated.of(aggregate)))
                .setHeader(KafkaHeaders.KEY, NationalAggregateUpdated.SUBJECT)
                .setHeader("content-type", CONTENT_TYPE)
                .setHeader("contentType", CONTENT_TYPE)
                .build();
        if (!streamBridge.send(BINDING, record)) {
            throw new IllegalStateException("Kafka did not accept the national aggregate");
        }
    }

    private byte[] write(NationalAggregateUpdated event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable national aggregate", e);
        }
    }
}
