package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.springframework.stereotype.Repository;

/** Reads of the regional day views. */
@Repository
public class RegionalDayViews {

    static final String PROCESSING_GROUP = "regional-day-views";

    private final MongoCollection<RegionalDayView> collection;

    RegionalDayViews(MongoDatabase registrationDatabase) {
        this.collection = registrationDatabase.getCollection("regional_days", RegionalDayView.class);
    }

    MongoCollection<RegionalDayView> collection() {
        return collection;
    }

    public Optional<RegionalDayView> find(String dayId) {
        return Optional.ofNullable(collection.find(eq(dayId)).first());
    }

    /** The days whose registration is closed and whose date is before {@code day}. */
    public List<RegionalDayView> closedBefore(LocalDate day) {
        return collection.find(eq("status", RegionalDayStatus.CLOSED.name())).into(new ArrayList<>()).stream()
                .filter(view -> view.date().isBefore(day))
                .toList();
    }

    public List<RegionalDayView> inRegion(String region) {
        return collection
                .find(eq("region", region))
                .sort(Sorts.ascending("date"))
                .into(new ArrayList<>());
    }
}
