package org.mediation.platform.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;

/**
 * Which stored events the outbox has handled (published, kept inside, or parked): {@code outbox_ledger}, the event id
 * and its timestamp, written once per batch of the publisher ({@link OutboxBatch}), before its token is stored. Only the recent past is
 * kept: what {@link LateEventReconciliation} compares with the store.
 */
class PublicationLedger {

    private static final String BATCH = PublicationLedger.class.getName();

    private final MongoCollection<Document> ledger;

    PublicationLedger(MongoDatabase database) {
        this.ledger = database.getCollection("outbox_ledger");
    }

    /** Enters a batch's events; an event entered twice (a retried batch) stays one entry. */
    void handled(List<EventMessage<?>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> upserts = messages.stream()
                .map(message -> new ReplaceOneModel<>(
                        new Document("_id", message.getIdentifier()),
                        new Document("_id", message.getIdentifier())
                                .append("timestamp", Date.from(message.getTimestamp())),
                        new ReplaceOptions().upsert(true)))
                .toList();
        ledger.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
    }

    Set<String> handledBetween(Instant from, Instant to) {
        Set<String> ids = new HashSet<>();
        ledger.find(and(gte("timestamp", Date.from(from)), lt("timestamp", Date.from(to))))
                .forEach(entry -> ids.add(entry.getString("_id")));
        return ids;
    }

    void forgetBefore(Instant instant) {
        ledger.deleteMany(lt("timestamp", Date.from(instant)));
    }
}
