package org.mediation.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;

/** The service's own database ({@code spring.data.mongodb.database}) and a health check that every server answers. */
@AutoConfiguration(after = MongoAutoConfiguration.class)
public class PlatformMongo {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase serviceDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    /** Boot's Mongo health check asks {@code hello}, which mongo-java-server lacks; {@code ping} works everywhere. */
    @Bean
    HealthIndicator mongoPing(MongoDatabase serviceDatabase) {
        return () -> {
            serviceDatabase.runCommand(new Document("ping", 1));
            return Health.up().build();
        };
    }
}
