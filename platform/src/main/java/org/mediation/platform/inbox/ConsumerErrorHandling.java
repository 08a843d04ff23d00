package org.mediation.platform.inbox;

import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.mediation.platform.kafka.KafkaClients;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters of the bindings in batch mode, which the binder leaves to the listener container (in batch
 * mode it would dead-letter a whole poll). The failed record a {@link RecordBatch} names is handled as a record
 * binding's would be, with the back-off the binder built from the same settings (platform-defaults): retried up to
 * max-attempts times when it is a store failure, otherwise sent at once to the binding's dead-letter topic with the
 * binder's {@code x-*} headers, which the operators' dead-letter pages read. Record bindings keep the binder's own
 * handling.
 */
final class BatchErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> deadLetters;

    BatchErrorHandling(String bootstrapServers) {
        this.producers = new DefaultKafkaProducerFactory<>(
                KafkaClients.acknowledged(bootstrapServers), new ByteArraySerializer(), new ByteArraySerializer());
        this.deadLetters = new KafkaTemplate<>(producers);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic,
            BackOff backOff) {}

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic,
            BackOff backOff,
            ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (!binding.isBatchMode()) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = deadLetterTopic == null
                ? new DeadLetterPublishingRecoverer(deadLetters)
                : new DeadLetterPublishingRecoverer(deadLetters, deadLetterTopic);
        recoverer.setHeaderNamesSupplier(BatchErrorHandling::binderHeaderNames);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, failure) -> recoverer.accept(record, failureOfTheRecord(failure)),
                backOff == null ? new FixedBackOff(0, 0) : backOff);
        handler.setClassifications(binding.getRetryableExceptions(), binding.isDefaultRetryable());
        container.setCommonErrorHandler(handler);
    }

    /** What failed on the record itself, under the frameworks' wrappers: the reason an operator reads. */
    private static Exception failureOfTheRecord(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException named && named.getCause() instanceof Exception own) {
                return own;
            }
        }
        return failure;
    }

    private static DeadLetterPublishingRecoverer.HeaderNames binderHeaderNames() {
        return DeadLetterPublishingRecoverer.HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-exception-key-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-exception-key-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-exception-key-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
