package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mediation.platform.web.Paging;
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

    /** Each day dated before {@code day}, whatever its status, read as a stream. */
    public void forEachDatedBefore(LocalDate day, Consumer<RegionalDayView> action) {
        collection.find(lt("date", day)).forEach(action);
    }

    /** Each day dated from {@code first} to {@code last}, both included, read as a stream. */
    public void forEachDatedBetween(LocalDate first, LocalDate last, Consumer<RegionalDayView> action) {
        collection.find(and(gte("date", first), lte("date", last))).forEach(action);
    }

    /** One page of the region's days, by date. */
    public List<RegionalDayView> inRegion(String region, Paging paging) {
        return collection
                .find(eq("region", region))
                .sort(Sorts.ascending("date"))
                .skip(paging.skip())
                .limit(paging.size())
                .into(new ArrayList<>());
    }
}
