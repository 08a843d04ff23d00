package org.mediation.synthesis.history;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Every event synthesis consumed, once, by CloudEvent id: the source of replays and point-in-time answers. */
@Repository
public class EventHistory {

    private final MongoCollection<Document> events;
    private final ObjectMapper json;

    EventHistory(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.events = synthesisDatabase.getCollection("event_history");
        this.json = json;
    }

    public boolean contains(String eventId) {
        return events.find(eq(eventId)).first() != null;
    }

    public void record(InboundEvent event) {
        try {
            events.insertOne(new Document("_id", event.id())
                    .append("source", event.source())
                    .append("type", event.type())
                    .append("subject", event.subject())
                    .append("time", Date.from(event.time()))
                    .append("data", Document.parse(json.writeValueAsString(event.data()))));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not JSON", e);
        }
    }
}
