package org.mediation.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A batch of consumed records (a binding in batch mode) taken by as few handler calls as it can: the records are read
 * one by one and the readable ones before the first unreadable are handed over together. When the handler fails on
 * them together, they are handed over again one at a time, so that the failure names its record. A failed or
 * unreadable record is thrown as a {@link BatchListenerFailedException} with its index: the records before it are
 * committed, {@link ConsumerErrorHandling} retries it (a store away) or dead-letters it (anything else), and the records
 * after it are delivered again. The handler must tolerate a record taken twice.
 */
public final class RecordBatch {

    private RecordBatch() {}

    /**
     * Takes the batch a consumer in batch mode receives: its payload is the list of the records' values (a consumer
     * declares {@code Message<Object>}: Spring Cloud Function would convert a declared list of byte arrays, and lose
     * them).
     */
    public static <T> void take(Message<?> batch, Function<Message<byte[]>, T> reader, Consumer<List<T>> handler) {
        List<?> values = (List<?>) batch.getPayload();
        List<T> readable = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            T read;
            try {
                read = reader.apply(record(batch, values, index));
            } catch (RuntimeException unreadable) {
                hand(readable, handler);
                throw failed(unreadable, index);
            }
            readable.add(read);
        }
        hand(readable, handler);
    }

    private static <T> void hand(List<T> records, Consumer<List<T>> handler) {
        if (records.isEmpty()) {
            return;
        }
        try {
            handler.accept(records);
        } catch (RuntimeException together) {
            for (int index = 0; index < records.size(); index++) {
                try {
                    handler.accept(List.of(records.get(index)));
                } catch (RuntimeException alone) {
                    throw failed(alone, index);
                }
            }
        }
    }

    /**
     * The record at that index, with its own headers and the topic it came from (a batch carries both as lists beside
     * the payloads), as a record binding would see it.
     */
    @SuppressWarnings("unchecked")
    private static Message<byte[]> record(Message<?> batch, List<?> values, int index) {
        Object headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        MessageBuilder<byte[]> record = MessageBuilder.withPayload((byte[]) values.get(index));
        if (headers instanceof List<?> perRecord && perRecord.size() > index) {
            record.copyHeaders((Map<String, ?>) perRecord.get(index));
        }
        if (batch.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) instanceof List<?> topics && topics.size() > index) {
            record.setHeader(KafkaHeaders.RECEIVED_TOPIC, topics.get(index));
        }
        return record.build();
    }

    private static BatchListenerFailedException failed(RuntimeException cause, int index) {
        return new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, index);
    }
}
