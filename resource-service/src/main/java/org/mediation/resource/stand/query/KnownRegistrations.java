package org.mediation.resource.stand.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The registrations learnt from {@code registration-events} (ids and days only), so that a stand request names a real
 * registration of its day. A cancelled or erased registration stays as a tombstone: a registration event delivered
 * again, or re-driven from the dead letters, never makes it current again. Every write is an upsert by id.
 */
@Repository
public class KnownRegistrations {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<KnownRegistration> collection;

    KnownRegistrations(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("known_registrations", KnownRegistration.class);
    }

    public void registered(String registrationId, String regionalDayId) {
        collection.updateOne(
                eq(registrationId),
                combine(setOnInsert("regionalDayId", regionalDayId), setOnInsert("current", true)),
                UPSERT);
    }

    /** Cancelled or erased: no longer a registration a request may name. */
    public void forget(String registrationId, String regionalDayId) {
        collection.updateOne(
                eq(registrationId),
                combine(setOnInsert("regionalDayId", regionalDayId), set("current", false)),
                UPSERT);
    }

    /** The registration, if it was learnt for that day (one of another day is not known here). */
    public Optional<KnownRegistration> ofDay(String registrationId, String regionalDayId) {
        return Optional.ofNullable(collection.find(eq(registrationId)).first())
                .filter(known -> known.regionalDayId().equals(regionalDayId));
    }
}
