package org.mediation.workshop.integration.inbound;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The ids of the CloudEvents already applied, so a redelivered one is skipped (looked up by {@code _id}). */
@Repository
class ProcessedEvents {

    private final MongoCollection<Document> collection;

    ProcessedEvents(MongoDatabase workshopDatabase) {
        this.collection = workshopDatabase.getCollection("processed_registration_events");
    }

    boolean contains(String eventId) {
        return collection.find(eq(eventId)).first() != null;
    }

    void remember(String eventId) {
        collection.replaceOne(eq(eventId), new Document("_id", eventId), new ReplaceOptions().upsert(true));
    }
}
