package org.mediation.platform.axon;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.mediation.platform.mongo.PlatformMongo;
import org.mediation.platform.tracing.EventTraces;
import org.mediation.platform.tracing.TraceparentDispatch;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Axon without Axon Server: the event store, snapshots and tracking tokens live in the service's MongoDB database.
 * On for every service that has Axon and its Mongo extension on the classpath.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = PlatformMongo.class)
@ConditionalOnClass(MongoEventStorageEngine.class)
@Import(AxonProblemHandling.class)
public class PlatformAxon {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties properties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.getMongoClientDatabase())
                .build();
    }

    /**
     * The look-back window is how late a concurrent commit may land and still be seen by tracking processors (Mongo
     * has no global sequence, tokens are timestamps); {@link IndexedEventStorageStrategy} reads that window, and each
     * aggregate, by {@code _id} and unique indexes only ({@code domainevents_by_second} beside the events).
     */
    @Bean
    IndexedEventStorageStrategy eventStorageStrategy(
            EventSeconds eventSeconds, @Value("${regional-days.event-store.look-back:PT2S}") Duration lookBack) {
        return new IndexedEventStorageStrategy(lookBack, eventSeconds);
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            IndexedEventStorageStrategy eventStorageStrategy,
            MongoTemplate axonMongoTemplate,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(eventStorageStrategy)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    /**
     * The event store: Axon's embedded one, whose tracking processors learn of new events once a window
     * ({@code regional-days.event-store.fetch-window}) after commits ({@link CoalescingEventStore}). It keeps the
     * last {@code regional-days.event-store.cached-events} events read for them, not Axon's 10,000: each event
     * carries its own token, which lists every event of the look-back window (a 10,000-event cache at 50 events/s
     * held 130 MB, docs/benchmarks.md); a processor further behind reads the store itself until it catches up.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(
            EventStorageEngine eventStorageEngine,
            Configuration configuration,
            @Value("${regional-days.event-store.fetch-window:PT0.05S}") Duration window,
            @Value("${regional-days.event-store.cached-events:500}") int cachedEvents) {
        return new CoalescingEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(eventStorageEngine)
                        .cachedEvents(cachedEvents)
                        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
                window);
    }

    @Bean
    EventSeconds eventSeconds(MongoClient client, MongoProperties properties) {
        return new EventSeconds(
                client.getDatabase(properties.getMongoClientDatabase()).getCollection("domainevents_by_second"));
    }

    /** Commands carry the current span's trace context ({@link TraceparentDispatch}). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrentChangeRetry())
                .dispatchInterceptors(new TraceparentDispatch())
                .build();
    }

    /** Events carry their command's origin (Axon's default) and trace context ({@code traceparent}). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider traceparentCorrelation() {
        return new SimpleCorrelationDataProvider(EventTraces.TRACEPARENT);
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }
}
