package org.mediation.platform.inbox;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Instant;
import org.bson.Document;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.cloudevents.UnreadableCloudEvent;

/**
 * The ids of the CloudEvents a consumer already applied ({@code regional-days.inbox.collection}, looked up by
 * {@code _id}), so a redelivered one is skipped. An event is remembered after it was applied: a crash in between
 * applies it again, so what a consumer does with it must be idempotent.
 */
public class Inbox {

    private final MongoCollection<Document> collection;
    private final Counter applied;

    public Inbox(MongoDatabase database, String collectionName, MeterRegistry meters) {
        this.collection = database.getCollection(collectionName);
        this.applied = AppliedEvents.counter(meters);
    }

    /** Applies {@code event} unless it was applied before; data of an unexpected shape is an {@link UnreadableCloudEvent}. */
    public void once(InboundCloudEvent event, Application application) {
        if (collection.find(eq(event.id())).first() != null) {
            return;
        }
        try {
            application.apply(event);
        } catch (IOException e) {
            throw new UnreadableCloudEvent(event.type() + " " + event.id() + " has data of another shape", e);
        }
        Document processed =
                new Document("_id", event.id()).append("type", event.type()).append("processedAt", Instant.now());
        collection.replaceOne(eq(event.id()), processed, new ReplaceOptions().upsert(true));
        applied.increment();
    }

    /** What a consumer does with an event it has not applied yet. */
    @FunctionalInterface
    public interface Application {
        void apply(InboundCloudEvent event) throws IOException;
    }
}
