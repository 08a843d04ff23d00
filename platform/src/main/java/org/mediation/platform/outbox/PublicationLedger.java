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
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

/**
 * Which stored events the outbox has handled (published, kept inside, or parked): {@code outbox_ledger}, the event id
 * and its timestamp, written once per batch of the publisher, before its token is stored. Only the recent past is
 * kept: what {@link LateEventReconciliation} compares with the store.
 */
class PublicationLedger {

    private static final String BATCH = PublicationLedger.class.getName();

    private final MongoCollection<Document> ledger;

    PublicationLedger(MongoDatabase database) {
        this.ledger = database.getCollection("outbox_ledger");
    }

    void handled(EventMessage<?> message) {
        Document entry =
                new Document("_id", message.getIdentifier()).append("timestamp", Date.from(message.getTimestamp()));
        if (CurrentUnitOfWork.isStarted()) {
            batch(CurrentUnitOfWork.get().root()).add(entry);
        } else {
            write(List.of(entry));
        }
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

    private List<Document> batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            List<Document> entries = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> write(entries));
            return entries;
        });
    }

    private void write(List<Document> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> upserts = entries.stream()
                .map(entry -> new ReplaceOneModel<>(
                        new Document("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true)))
                .toList();
        ledger.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
    }
}
