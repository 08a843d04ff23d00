package org.mediation.platform.inbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.cloudevents.UnreadableCloudEvent;

/**
 * The CloudEvents a consumer already applied ({@code regional-days.inbox.collection}, looked up by {@code _id}: the
 * event's {@link InboundCloudEvent#scopedId() id within its source}), so a redelivered one is skipped and an event of
 * another source with the same id is not. The events of a batch are looked up together and remembered together once
 * applied, those applied before a failure too: a crash in between applies them again, so what a consumer does with an
 * event must be idempotent. Entries remembered before ids were scoped ({@code _id} the bare id) still count, for the
 * source their type names ({@code registration.X} → {@code /registration}).
 */
public class Inbox {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Counter applied;

    public Inbox(MongoDatabase database, String collectionName, MeterRegistry meters) {
        this.collection = database.getCollection(collectionName);
        this.applied = AppliedEvents.counter(meters);
    }

    /** Applies {@code event} unless it was applied before; data of an unexpected shape is an {@link UnreadableCloudEvent}. */
    public void once(InboundCloudEvent event, Application application) {
        onceEach(List.of(event), application);
    }

    /** Applies, in their order, the events not applied before (each once, if the batch holds it twice). */
    public void onceEach(List<InboundCloudEvent> events, Application application) {
        Set<String> seen = appliedAmong(events);
        List<Document> processed = new ArrayList<>();
        try {
            for (InboundCloudEvent event : events) {
                if (seen.add(event.scopedId())) {
                    apply(event, application);
                    processed.add(processed(event));
                }
            }
        } finally {
            remember(processed);
        }
    }

    private Set<String> appliedAmong(List<InboundCloudEvent> events) {
        List<String> keys = new ArrayList<>();
        events.forEach(event -> keys.addAll(List.of(event.scopedId(), event.id())));
        Set<String> found = new HashSet<>();
        collection
                .find(in("_id", keys))
                .projection(include("_id", "source", "type"))
                .forEach(
                        known -> found.add(known.containsKey("source") ? known.getString("_id") : scopedByType(known)));
        return found;
    }

    /** An entry remembered before ids were scoped, under the source its type's namespace names. */
    private static String scopedByType(Document legacy) {
        String type = String.valueOf(legacy.get("type"));
        return InboundCloudEvent.scopedId(
                "/" + type.substring(0, Math.max(0, type.indexOf('.'))), legacy.getString("_id"));
    }

    private static void apply(InboundCloudEvent event, Application application) {
        try {
            application.apply(event);
        } catch (IOException e) {
            throw new UnreadableCloudEvent(event.type() + " " + event.id() + " has data of another shape", e);
        }
    }

    private static Document processed(InboundCloudEvent event) {
        return new Document("_id", event.scopedId())
                .append("source", event.source())
                .append("id", event.id())
                .append("type", event.type())
                .append("processedAt", Instant.now());
    }

    private void remember(List<Document> processed) {
        if (processed.isEmpty()) {
            return;
        }
        collection.bulkWrite(processed.stream()
                .map(document -> new ReplaceOneModel<>(eq(document.get("_id")), document, UPSERT))
                .toList());
        applied.increment(processed.size());
    }

    /** What a consumer does with an event it has not applied yet. */
    @FunctionalInterface
    public interface Application {
        void apply(InboundCloudEvent event) throws IOException;
    }
}
