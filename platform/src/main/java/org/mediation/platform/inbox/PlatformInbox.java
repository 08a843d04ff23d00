package org.mediation.platform.inbox;

import com.mongodb.client.MongoDatabase;
import org.mediation.platform.mongo.PlatformMongo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** The inbox of a service that names one ({@code regional-days.inbox.collection}). */
@AutoConfiguration(after = PlatformMongo.class)
@ConditionalOnProperty("regional-days.inbox.collection")
public class PlatformInbox {

    @Bean
    Inbox inbox(MongoDatabase serviceDatabase, @Value("${regional-days.inbox.collection}") String collection) {
        return new Inbox(serviceDatabase, collection);
    }
}
