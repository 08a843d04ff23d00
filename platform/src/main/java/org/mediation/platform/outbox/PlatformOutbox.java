package org.mediation.platform.outbox;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.mediation.platform.axon.EventSeconds;
import org.mediation.platform.cloudevents.PlatformCloudEvents;
import org.mediation.platform.kafka.KafkaClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox of a service that supplies a {@link PublishedEventTranslator}: its events go out as CloudEvents, what
 * cannot go out is parked, what became visible too late is reconciled, and operators see all of it.
 */
@AutoConfiguration(after = PlatformCloudEvents.class)
@ConditionalOnClass(EventProcessingConfigurer.class)
@ConditionalOnBean(PublishedEventTranslator.class)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
@Import(ParkedEventsController.class)
public class PlatformOutbox {

    @Bean
    OutboxPublisher outboxPublisher(
            PublishedEventTranslator translator,
            OutboxProducer outboxProducer,
            OutboxProperties outbox,
            ParkedEvents parkedEvents,
            PublicationLedger publicationLedger,
            OutboxMetrics outboxMetrics) {
        return new OutboxPublisher(translator, outboxProducer, outbox, parkedEvents, publicationLedger, outboxMetrics);
    }

    /** To the destination of the outbox's binding, which the binder creates at startup with its partitions. */
    @Bean
    OutboxProducer outboxProducer(
            OutboxProperties outbox, BindingServiceProperties bindings, KafkaClients kafkaClients) {
        return new OutboxProducer(kafkaClients, bindings.getBindingDestination(outbox.binding()));
    }

    @Bean
    ParkedEvents parkedEvents(MongoDatabase serviceDatabase, ObjectProvider<Clock> clock) {
        return new ParkedEvents(serviceDatabase, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    PublicationLedger publicationLedger(MongoDatabase serviceDatabase) {
        return new PublicationLedger(serviceDatabase);
    }

    @Bean
    PublisherPosition publisherPosition(EventProcessingConfiguration processing) {
        return new PublisherPosition(processing);
    }

    @Bean
    PublisherSupervisor publisher(PublisherPosition publisherPosition) {
        return new PublisherSupervisor(publisherPosition);
    }

    @Bean
    OutboxMetrics outboxMetrics(
            MeterRegistry registry,
            ObjectProvider<Clock> clock,
            PublisherPosition publisherPosition,
            EventSeconds eventSeconds,
            ParkedEvents parkedEvents) {
        return new OutboxMetrics(
                registry, clock.getIfAvailable(Clock::systemUTC), publisherPosition, eventSeconds, parkedEvents);
    }

    @Bean
    LateEventReconciliation lateEventReconciliation(
            PublisherPosition publisherPosition,
            PublicationLedger publicationLedger,
            EventSeconds eventSeconds,
            EventStorageEngine eventStorageEngine,
            OutboxPublisher outboxPublisher,
            OutboxMetrics outboxMetrics,
            @Value("${regional-days.event-store.look-back}") Duration lookBack,
            @Value("${regional-days.outbox.reconciliation-range:PT2M}") Duration range) {
        return new LateEventReconciliation(
                publisherPosition,
                publicationLedger,
                eventSeconds,
                eventStorageEngine,
                outboxPublisher,
                outboxMetrics,
                lookBack,
                range);
    }

    /** Status {@code PARKED} (HTTP 200, not part of readiness) while events wait for an operator. */
    @Bean
    HealthIndicator parkedHealthIndicator(ParkedEvents parkedEvents) {
        return () -> parkedEvents.count() == 0
                ? Health.up().build()
                : Health.status("PARKED").build();
    }

    /**
     * A transient publication failure fails the batch; the processor backs off and retries from its last token:
     * nothing is skipped (a re-sent event keeps its id, consumers de-duplicate on it).
     */
    @Autowired
    void retryFailedPublication(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                OutboxPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
