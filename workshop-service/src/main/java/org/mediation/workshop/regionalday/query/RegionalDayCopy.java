package org.mediation.workshop.regionalday.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mediation.workshop.workshop.command.ConfirmedRegistrations;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.springframework.stereotype.Repository;

/**
 * This service's own copy of what the registration context published: regional days (id → region) and registrations
 * (id → day, status, and the workshops they are enrolled in). Every write is an upsert by {@code _id}, so a redelivered
 * event changes nothing.
 */
@Repository
public class RegionalDayCopy implements RegionalDays, ConfirmedRegistrations {

    static final String CONFIRMED = "CONFIRMED";
    static final String WAITLISTED = "WAITLISTED";
    static final String CANCELLED = "CANCELLED";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> registrations;

    RegionalDayCopy(MongoDatabase workshopDatabase) {
        this.days = workshopDatabase.getCollection("regional_days");
        this.registrations = workshopDatabase.getCollection("registrations");
    }

    public void dayScheduled(String regionalDayId, String region) {
        days.updateOne(eq(regionalDayId), set("region", region), UPSERT);
    }

    public void registrationConfirmed(String regionalDayId, String registrationId) {
        setStatus(regionalDayId, registrationId, CONFIRMED);
    }

    public void registrationWaitlisted(String regionalDayId, String registrationId) {
        setStatus(regionalDayId, registrationId, WAITLISTED);
    }

    /** Marks the registration cancelled and answers the workshops it is still enrolled in. */
    public List<String> registrationCancelled(String regionalDayId, String registrationId) {
        Document cancelled = registrations.findOneAndUpdate(
                eq(registrationId),
                combine(set("regionalDayId", regionalDayId), set("status", CANCELLED)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return cancelled.getList("workshopIds", String.class, List.of());
    }

    /**
     * The participant's personal data was erased: this service forgets the registration (its status and workshops);
     * the workshops' enrolled counts, kept by the workshops, do not change.
     */
    public void registrationErased(String registrationId) {
        registrations.deleteOne(eq(registrationId));
    }

    void enrolled(String registrationId, String workshopId) {
        registrations.updateOne(eq(registrationId), addToSet("workshopIds", workshopId), UPSERT);
    }

    void unenrolled(String registrationId, String workshopId) {
        registrations.updateOne(eq(registrationId), pull("workshopIds", workshopId));
    }

    @Override
    public Optional<String> regionOf(String regionalDayId) {
        return Optional.ofNullable(days.find(eq(regionalDayId)).first()).map(day -> day.getString("region"));
    }

    @Override
    public boolean isConfirmedFor(String regionalDayId, String registrationId) {
        Document registration = registrations.find(eq(registrationId)).first();
        return registration != null
                && regionalDayId.equals(registration.getString("regionalDayId"))
                && CONFIRMED.equals(registration.getString("status"));
    }

    private void setStatus(String regionalDayId, String registrationId, String status) {
        registrations.updateOne(
                eq(registrationId), combine(set("regionalDayId", regionalDayId), set("status", status)), UPSERT);
    }
}
