package org.mediation.platform.inbox;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.mediation.platform.failure.StoreFailures;
import org.mediation.platform.kafka.KafkaClients;
import org.mediation.platform.mongo.PlatformMongo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;

/**
 * The consumers' side: whether they own their partitions (every service), the retries and dead letters of every
 * binding, and the inbox of a service that names one ({@code regional-days.inbox.collection}).
 */
@AutoConfiguration(after = PlatformMongo.class)
public class PlatformInbox {

    @Bean
    ConsumerAssignments consumers(BindingServiceProperties bindings) {
        return new ConsumerAssignments(bindings.getBindings().keySet());
    }

    @Bean
    ConsumerErrorHandling consumerErrorHandling(KafkaClients kafkaClients, MongoDatabase serviceDatabase) {
        return new ConsumerErrorHandling(kafkaClients, new StoreFailures(() -> answersPing(serviceDatabase)));
    }

    private static boolean answersPing(MongoDatabase database) {
        try {
            database.runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException away) {
            return false;
        }
    }

    @Bean
    @ConditionalOnProperty("regional-days.inbox.collection")
    Inbox inbox(
            MongoDatabase serviceDatabase,
            @Value("${regional-days.inbox.collection}") String collection,
            MeterRegistry meters) {
        return new Inbox(serviceDatabase, collection, meters);
    }
}
