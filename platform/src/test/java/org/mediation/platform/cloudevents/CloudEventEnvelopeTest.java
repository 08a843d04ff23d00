package org.mediation.platform.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The writer's structured JSON, and the reader in both modes and on what is no CloudEvent. */
class CloudEventEnvelopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2019-12-04T09:05:00Z");
    private static final OutgoingCloudEvent EVENT = new OutgoingCloudEvent(
            "00000000-0000-4000-8000-000000000005",
            "/registration",
            "registration.RegionalDayScheduled.v1",
            "day-1",
            TIME,
            Map.of("regionalDayId", "day-1", "date", LocalDate.of(2019, 12, 4)));

    @Test
    void writes_structured_json_with_iso_dates() throws Exception {
        var written = JSON.readTree(CloudEventWriter.write(EVENT));

        assertThat(written).isEqualTo(JSON.readTree("""
                        {"specversion":"1.0","id":"00000000-0000-4000-8000-000000000005","source":"/registration",
                         "type":"registration.RegionalDayScheduled.v1","subject":"day-1","time":"2019-12-04T09:05:00Z",
                         "datacontenttype":"application/json","data":{"regionalDayId":"day-1","date":"2019-12-04"}}
                        """));
    }

    @Test
    void reads_what_it_writes_in_structured_mode() {
        InboundCloudEvent read = CloudEventReader.read(
                MessageBuilder.withPayload(CloudEventWriter.write(EVENT)).build());

        assertThat(read.id()).isEqualTo(EVENT.id());
        assertThat(read.type()).isEqualTo(EVENT.type());
        assertThat(read.subject()).isEqualTo("day-1");
        assertThat(read.time()).isEqualTo(TIME);
        assertThat(read.data().path("date").asText()).isEqualTo("2019-12-04");
    }

    @Test
    void reads_binary_mode_with_text_or_byte_headers() {
        Message<byte[]> dashes = MessageBuilder.withPayload(bytes("{\"regionalDayId\":\"day-1\"}"))
                .setHeader("ce-specversion", "1.0")
                .setHeader("ce-id", "e-1")
                .setHeader("ce-source", "/registration")
                .setHeader("ce-type", EVENT.type())
                .setHeader("ce-time", "2019-12-04T09:05:00Z")
                .build();
        Message<byte[]> underscores = MessageBuilder.withPayload(bytes("{\"regionalDayId\":\"day-2\"}"))
                .setHeader("ce_specversion", bytes("1.0"))
                .setHeader("ce_id", bytes("e-2"))
                .setHeader("ce_source", bytes("/registration"))
                .setHeader("ce_type", bytes(EVENT.type()))
                .setHeader("ce_time", bytes("2019-12-04T09:05:00Z"))
                .build();

        assertThat(CloudEventReader.read(dashes).data().path("regionalDayId").asText())
                .isEqualTo("day-1");
        assertThat(CloudEventReader.read(dashes).time()).isEqualTo(TIME);
        assertThat(CloudEventReader.read(underscores).id()).isEqualTo("e-2");
        assertThat(CloudEventReader.read(underscores).time()).isEqualTo(TIME);
    }

    @Test
    void refuses_what_is_no_cloudevent() {
        for (String poison : new String[] {
            "not json",
            "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/s\",\"data\":{}}",
            "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/s\",\"type\":\"t\"}",
            "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/s\",\"type\":\"t\",\"data\":{}}",
            "[1,2]"
        }) {
            assertThatThrownBy(() -> CloudEventReader.read(
                            MessageBuilder.withPayload(bytes(poison)).build()))
                    .as(poison)
                    .isInstanceOf(UnreadableCloudEvent.class);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
