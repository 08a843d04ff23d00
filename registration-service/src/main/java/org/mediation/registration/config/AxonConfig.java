package org.mediation.registration.config;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon without Axon Server: the event store, snapshots and tracking tokens live in this service's MongoDB. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties properties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.getMongoClientDatabase())
                .build();
    }

    /**
     * The look-back window is how late a concurrent commit may land and still be seen by tracking processors (Mongo
     * has no global sequence, tokens are timestamps); {@link LookBackWindowStorageStrategy} keeps the tracking query
     * linear in the window.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            MongoTemplate axonMongoTemplate,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${regional-days.event-store.look-back:PT10S}") Duration lookBack) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new LookBackWindowStorageStrategy(lookBack))
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }

    @Bean
    Cache regionalDayCache() {
        return new WeakReferenceCache();
    }

    /** A failed publication stops the publisher, which retries from its last token: nothing is skipped. */
    @Autowired
    void retryFailedPublication(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler("kafka-publisher", c -> PropagatingErrorHandler.instance());
    }
}
