package org.mediation.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A batch is handed over in as few calls as possible, and a failure names the index of its record, so that the
 * records before it are committed and only that one is retried or dead-lettered.
 */
class RecordBatchTest {

    private final List<List<String>> calls = new ArrayList<>();

    @Test
    void readable_records_are_handed_over_together_with_their_own_headers() {
        RecordBatch.take(batch("a", "b", "c"), RecordBatchTest::read, calls::add);

        assertThat(calls).containsExactly(List.of("a@0", "b@1", "c@2"));
    }

    @Test
    void each_record_carries_the_topic_it_was_consumed_from() {
        Message<?> batch = MessageBuilder.fromMessage(batch("a", "b"))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("registration-events", "workshop-events"))
                .build();

        RecordBatch.take(batch, record -> (String) record.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC), calls::add);

        assertThat(calls).containsExactly(List.of("registration-events", "workshop-events"));
    }

    @Test
    void an_unreadable_record_is_named_after_the_records_before_it_were_handed_over() {
        assertThatThrownBy(
                        () -> RecordBatch.take(batch("a", "b", "unreadable", "d"), RecordBatchTest::read, calls::add))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
                    assertThat(failed.getIndex()).isEqualTo(2);
                    assertThat(failed.getMessage()).contains("not a record");
                });

        assertThat(calls).containsExactly(List.of("a@0", "b@1"));
    }

    @Test
    void a_failure_of_the_handler_is_narrowed_to_its_record_one_at_a_time() {
        assertThatThrownBy(() -> RecordBatch.take(batch("a", "b", "refused", "d"), RecordBatchTest::read, records -> {
                    calls.add(records);
                    if (records.contains("refused@2")) {
                        throw new IllegalStateException("refused by the store");
                    }
                }))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        failed -> assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(calls)
                .containsExactly(
                        List.of("a@0", "b@1", "refused@2", "d@3"),
                        List.of("a@0"),
                        List.of("b@1"),
                        List.of("refused@2"));
    }

    private static String read(Message<byte[]> record) {
        String value = new String(record.getPayload(), StandardCharsets.UTF_8);
        if (value.equals("unreadable")) {
            throw new IllegalArgumentException("not a record");
        }
        return value + "@" + record.getHeaders().get("position");
    }

    private static Message<List<byte[]>> batch(String... values) {
        List<byte[]> payloads = Stream.of(values)
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .toList();
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            headers.add(Map.of("position", i));
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .build();
    }
}
