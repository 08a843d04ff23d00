package org.mediation.workshop.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mediation.platform.inbox.RejectedEvent;
import org.mediation.workshop.programme.command.RegionalDayDates;
import org.mediation.workshop.workshop.command.ConfirmedRegistrations;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.springframework.stereotype.Repository;

/**
 * This service's own copy of what the registration context published: regional days (id → region, date, venue) and
 * registrations
 * (id → day, status, and the workshops they are enrolled in). Every write is an upsert by {@code _id}, so a redelivered
 * event changes nothing. An erased registration leaves a tombstone (its id and {@code erased}, nothing else) that no
 * later event brings back to life: a dead letter recorded before the erasure and re-driven after it is not applied.
 */
@Repository
public class RegionalDayCopy implements RegionalDays, RegionalDayDates, ConfirmedRegistrations {

    static final String CONFIRMED = "CONFIRMED";
    static final String WAITLISTED = "WAITLISTED";
    static final String CANCELLED = "CANCELLED";
    static final String ERASED = "erased";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> days;
    private final MongoCollection<Document> registrations;

    RegionalDayCopy(MongoDatabase workshopDatabase) {
        this.days = workshopDatabase.getCollection("regional_days");
        this.registrations = workshopDatabase.getCollection("registrations");
    }

    /**
     * Rule: a regional day's region never changes once known. An event that says otherwise is a {@link RejectedEvent}
     * (dead-lettered with the reason), never applied: workshops take their region, and so their access rules, from it.
     */
    public void dayScheduled(String regionalDayId, String region, LocalDate date, String venue) {
        Optional<String> known = regionOf(regionalDayId);
        if (known.isPresent() && !known.get().equals(region)) {
            throw new RejectedEvent("Regional day " + regionalDayId + " is in " + known.get() + "; an event gives it "
                    + region + ": a day's region never changes, the event is not applied.");
        }
        days.updateOne(
                eq(regionalDayId),
                combine(set("region", region), set("date", date == null ? null : date.toString()), set("venue", venue)),
                UPSERT);
    }

    public void registrationConfirmed(String regionalDayId, String registrationId) {
        setStatus(regionalDayId, registrationId, CONFIRMED);
    }

    public void registrationWaitlisted(String regionalDayId, String registrationId) {
        setStatus(regionalDayId, registrationId, WAITLISTED);
    }

    /** Marks the registration cancelled and answers the workshops it is still enrolled in (none once erased). */
    public List<String> registrationCancelled(String regionalDayId, String registrationId) {
        if (isErased(registrationId)) {
            return List.of();
        }
        Document cancelled = registrations.findOneAndUpdate(
                eq(registrationId),
                combine(set("regionalDayId", regionalDayId), set("status", CANCELLED)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return cancelled.getList("workshopIds", String.class, List.of());
    }

    /**
     * The participant's personal data was erased: this service forgets the registration (its day, status and
     * workshops) and keeps only a tombstone; the workshops' enrolled counts, kept by the workshops, do not change.
     */
    public void registrationErased(String registrationId) {
        registrations.replaceOne(
                eq(registrationId), new Document("_id", registrationId).append(ERASED, true), REPLACE_UPSERT);
    }

    void enrolled(String registrationId, String workshopId) {
        if (!isErased(registrationId)) {
            registrations.updateOne(eq(registrationId), addToSet("workshopIds", workshopId), UPSERT);
        }
    }

    void unenrolled(String registrationId, String workshopId) {
        registrations.updateOne(eq(registrationId), pull("workshopIds", workshopId));
    }

    @Override
    public Optional<String> regionOf(String regionalDayId) {
        return day(regionalDayId).map(day -> day.getString("region"));
    }

    /** The day's date; empty for a day not known, or known before this service kept dates. */
    @Override
    public Optional<LocalDate> dateOf(String regionalDayId) {
        return day(regionalDayId).map(day -> day.getString("date")).map(LocalDate::parse);
    }

    /** Where the day takes place, as registration named it; empty if not known. */
    public Optional<String> venueOf(String regionalDayId) {
        return day(regionalDayId).map(day -> day.getString("venue"));
    }

    private Optional<Document> day(String regionalDayId) {
        return Optional.ofNullable(days.find(eq(regionalDayId)).first());
    }

    @Override
    public boolean isConfirmedFor(String regionalDayId, String registrationId) {
        Document registration = registrations.find(eq(registrationId)).first();
        return registration != null
                && regionalDayId.equals(registration.getString("regionalDayId"))
                && CONFIRMED.equals(registration.getString("status"));
    }

    /** Events of an erased registration are not applied, whenever they arrive (late, or re-driven). */
    private boolean isErased(String registrationId) {
        Document registration = registrations.find(eq(registrationId)).first();
        return registration != null && registration.getBoolean(ERASED, false);
    }

    /**
     * One write, not a read and a write: the update matches a registration not erased, and where there is none, the
     * upsert inserts it, unless its id is an erased one's tombstone (refused as a duplicate key: nothing is changed).
     */
    private void setStatus(String regionalDayId, String registrationId, String status) {
        try {
            registrations.updateOne(
                    and(eq(registrationId), ne(ERASED, true)),
                    combine(set("regionalDayId", regionalDayId), set("status", status)),
                    UPSERT);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
