package org.mediation.platform.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** A consumer reads on {@code <context>-events} only what {@code /<context>} wrote, of types {@code <context>.*}. */
class TopicProducerTest {

    @Test
    void the_topics_producer_is_read() {
        InboundCloudEvent read = CloudEventReader.read(
                record("registration-events", "/registration", "registration.ParticipantRegistered.v2"));

        assertThat(read.source()).isEqualTo("/registration");
    }

    @Test
    void another_source_on_the_topic_is_untrusted() {
        assertThatThrownBy(() -> CloudEventReader.read(
                        record("registration-events", "/workshop", "registration.ParticipantRegistered.v2")))
                .isInstanceOf(UntrustedCloudEvent.class)
                .hasMessageContaining(
                        "source /workshop of e-1 is not /registration, the producer of registration-events");
    }

    @Test
    void another_type_namespace_from_the_right_source_is_untrusted() {
        assertThatThrownBy(() -> CloudEventReader.read(
                        record("workshop-events", "/workshop", "registration.ParticipantRegistered.v2")))
                .isInstanceOf(UntrustedCloudEvent.class)
                .hasMessageContaining("is not one of workshop.* on workshop-events");
    }

    @Test
    void a_topic_without_a_known_producer_is_read_from_nobody() {
        assertThatThrownBy(() -> CloudEventReader.read(record("national-aggregates", "/synthesis", "synthesis.X.v1")))
                .isInstanceOf(UntrustedCloudEvent.class)
                .hasMessageContaining("no known producer");
    }

    private static Message<byte[]> record(String topic, String source, String type) {
        String json = "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"time\":\"2019-12-04T09:00:00Z\",\"datacontenttype\":\"application/json\",\"data\":{}}";
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic)
                .build();
    }
}
