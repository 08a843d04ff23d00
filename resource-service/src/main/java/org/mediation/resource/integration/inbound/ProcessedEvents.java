package org.mediation.resource.integration.inbound;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The ids of the CloudEvents already applied, so a redelivered record is skipped (lookup on {@code _id}). */
@Component
class ProcessedEvents {

    private final MongoCollection<Document> collection;

    ProcessedEvents(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("processed_events");
    }

    boolean contains(String eventId) {
        return collection.find(eq(eventId)).first() != null;
    }

    void remember(String eventId, String type) {
        Document processed = new Document("_id", eventId).append("type", type).append("processedAt", Instant.now());
        collection.replaceOne(eq(eventId), processed, new ReplaceOptions().upsert(true));
    }
}
