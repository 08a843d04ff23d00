package org.mediation.resource.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean
    MongoDatabase resourceDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    /** Boot's Mongo health check asks {@code hello}, which mongo-java-server lacks; {@code ping} works everywhere. */
    @Bean
    HealthIndicator mongoPing(MongoDatabase resourceDatabase) {
        return () -> {
            resourceDatabase.runCommand(new Document("ping", 1));
            return Health.up().build();
        };
    }
}
