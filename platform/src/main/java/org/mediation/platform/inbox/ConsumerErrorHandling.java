package org.mediation.platform.inbox;

import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.mediation.platform.failure.StoreFailures;
import org.mediation.platform.kafka.KafkaClients;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries and dead letters of every binding, record or batch mode, in the listener container (in batch mode the binder
 * would dead-letter a whole poll). The failed record (in batch mode the one a {@link RecordBatch} names) is retried
 * with the back-off the binder built from the same settings (platform-defaults: max-attempts) when it is a store
 * failure, and otherwise sent at once to the binding's dead-letter topic with the binder's {@code x-*} headers, which
 * the operators' dead-letter pages read; the consumer goes on with the next record. A store failure no retry can cure
 * ({@link StoreFailures}: a document too large, a refused write) is dead-lettered at once with its reason, not retried
 * like an outage; a connection the store closes while it answers pings is tried {@link #SUSPECT twice more} first.
 */
final class ConsumerErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    private static final BackOff AT_ONCE = new FixedBackOff(0, 0);
    static final BackOff SUSPECT = new FixedBackOff(1_000, 2);

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> deadLetters;
    private final StoreFailures storeFailures;

    ConsumerErrorHandling(KafkaClients clients, StoreFailures storeFailures) {
        this.producers = new DefaultKafkaProducerFactory<>(
                clients.acknowledged(), new ByteArraySerializer(), new ByteArraySerializer());
        producers.addListener(new MicrometerProducerListener<>(clients.meters()));
        this.deadLetters = new KafkaTemplate<>(producers);
        this.storeFailures = storeFailures;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    /** Not the binder's retry template: this container's error handler retries and dead-letters record bindings too. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
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
        DeadLetterPublishingRecoverer recoverer = deadLetterTopic == null
                ? new DeadLetterPublishingRecoverer(deadLetters)
                : new DeadLetterPublishingRecoverer(deadLetters, deadLetterTopic);
        recoverer.setHeaderNamesSupplier(BinderHeaders::names);
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, failure) -> recoverer.accept(record, reasonFor(failure)), backOff == null ? AT_ONCE : backOff);
        handler.setClassifications(binding.getRetryableExceptions(), binding.isDefaultRetryable());
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        container.setCommonErrorHandler(handler);
    }

    /** No retry for what none can cure; a few for a suspect closed connection; else the binding's (null). */
    BackOff backOffFor(Exception failure) {
        if (storeFailures.incurable(failure).isPresent()) {
            return AT_ONCE;
        }
        return storeFailures.suspect(failure) ? SUSPECT : null;
    }

    /** What an operator reads in the dead letter's {@code x-exception-*} headers. */
    Exception reasonFor(Exception failure) {
        Exception own = failureOfTheRecord(failure);
        Optional<String> reason = storeFailures.incurable(own);
        if (reason.isEmpty() && storeFailures.suspect(own)) {
            reason = Optional.of(StoreFailures.suspectReason(own));
        }
        return reason.<Exception>map(why -> new RejectedEvent(why, own)).orElse(own);
    }

    /** What failed on the record itself, under the frameworks' wrappers (container, binder, batch index). */
    static Exception failureOfTheRecord(Exception failure) {
        Exception own = failure;
        while ((own instanceof KafkaException || own instanceof MessagingException)
                && own.getCause() instanceof Exception cause) {
            own = cause;
        }
        return own;
    }
}
