package org.mediation.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.failure.StoreFailures;
import org.mediation.platform.kafka.KafkaClients;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Every binding's error handling: what no retry can cure and what a consumer refused is dead-lettered at once with its
 * reason, however the frameworks wrapped it; a store away is retried.
 */
class ConsumerErrorHandlingTest {

    private final AtomicBoolean storeAnswers = new AtomicBoolean(true);
    private final ConsumerErrorHandling handling = new ConsumerErrorHandling(
            new KafkaClients(Map.of("bootstrap.servers", "localhost:1"), new SimpleMeterRegistry()),
            new StoreFailures(storeAnswers::get));

    @AfterEach
    void close() {
        handling.destroy();
    }

    @Test
    void a_refused_write_is_dead_lettered_at_once_with_its_reason() {
        Exception failure = wrapped(new MongoWriteException(
                new WriteError(10334, "BSONObjectTooLarge", new BsonDocument()), new ServerAddress(), Set.of()));

        assertThat(handling.backOffFor(failure))
                .isInstanceOfSatisfying(
                        FixedBackOff.class,
                        none -> assertThat(none.getMaxAttempts()).isZero());
        assertThat(handling.reasonFor(failure))
                .isInstanceOf(RejectedEvent.class)
                .hasMessageContaining("The store refused the write");
    }

    @Test
    void a_connection_closed_while_the_store_answers_is_tried_twice_more_then_dead_lettered() {
        Exception failure = wrapped(new MongoSocketReadException("end of stream", new ServerAddress()));

        assertThat(handling.backOffFor(failure)).isSameAs(ConsumerErrorHandling.SUSPECT);
        assertThat(handling.reasonFor(failure)).isInstanceOf(RejectedEvent.class);
    }

    @Test
    void a_store_away_keeps_the_bindings_back_off() {
        storeAnswers.set(false);

        assertThat(handling.backOffFor(wrapped(new MongoSocketReadException("end of stream", new ServerAddress()))))
                .isNull();
        assertThat(handling.backOffFor(wrapped(new MongoTimeoutException("no server"))))
                .isNull();
    }

    @Test
    void the_reason_is_the_records_own_failure_under_the_frameworks_wrappers() {
        RejectedEvent refused = new RejectedEvent("the region of day d-1 is FR-HDF, not FR-IDF");

        assertThat(handling.reasonFor(wrapped(refused))).isSameAs(refused);
    }

    @Test
    void a_refusal_is_never_retried_whatever_store_failure_it_names_as_its_cause() throws IOException {
        Classifier classifier = new Classifier();
        classifier.setClassifications(retryableExceptions(), false);
        MongoTimeoutException away = new MongoTimeoutException("no server");

        assertThat(classifier.retries(wrapped(away))).isTrue();
        assertThat(classifier.retries(wrapped(new RejectedEvent("refused", away))))
                .isFalse();
    }

    private static Exception wrapped(Exception own) {
        MessageHandlingException binder =
                new MessageHandlingException(MessageBuilder.withPayload("r").build(), own);
        return new ListenerExecutionFailedException(
                "listener failed", new BatchListenerFailedException("at 2", binder, 2));
    }

    /** The bindings' retryable-exceptions of platform-defaults.yml, as the binder reads them. */
    private static Map<Class<? extends Throwable>, Boolean> retryableExceptions() throws IOException {
        var defaults = new YamlPropertySourceLoader()
                .load("platform-defaults.yml", new ClassPathResource("platform-defaults.yml"))
                .get(0);
        String prefix = "spring.cloud.stream.default.consumer.retryable-exceptions";
        return Map.of(
                com.mongodb.MongoException.class,
                Boolean.valueOf(String.valueOf(defaults.getProperty(prefix + "[com.mongodb.MongoException]"))),
                RejectedEvent.class,
                Boolean.valueOf(
                        String.valueOf(defaults.getProperty(prefix + "[org.mediation.platform.inbox.RejectedEvent]"))));
    }

    private static final class Classifier extends DefaultErrorHandler {
        boolean retries(Exception failure) {
            return getClassifier().classify(failure);
        }
    }
}
