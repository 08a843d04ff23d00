package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.conversions.Bson;
import org.mediation.platform.web.Paging;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.springframework.stereotype.Repository;

/** Reads of the registration views, in order of arrival. */
@Repository
public class RegistrationViews {

    private final MongoCollection<RegistrationView> collection;

    RegistrationViews(MongoDatabase registrationDatabase) {
        this.collection = registrationDatabase.getCollection("registrations", RegistrationView.class);
    }

    MongoCollection<RegistrationView> collection() {
        return collection;
    }

    /** The registration, if it belongs to that day. */
    public Optional<RegistrationView> find(String dayId, String registrationId) {
        return Optional.ofNullable(collection.find(eq(registrationId)).first())
                .filter(view -> view.dayId().equals(dayId));
    }

    /** Those of the registrations that belong to that day, in the order of {@code ids} (one read by {@code _id}). */
    public List<RegistrationView> findAll(String dayId, List<String> ids) {
        Map<String, RegistrationView> found = new HashMap<>();
        collection.find(in("_id", ids)).forEach(view -> found.put(view.id(), view));
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .filter(view -> view.dayId().equals(dayId))
                .toList();
    }

    public List<RegistrationView> page(String dayId, Optional<RegistrationStatus> status, Paging paging) {
        return collection
                .find(filter(dayId, status))
                .sort(Sorts.ascending("arrival"))
                .skip(paging.skip())
                .limit(paging.size())
                .into(new ArrayList<>());
    }

    public long count(String dayId, Optional<RegistrationStatus> status) {
        return collection.countDocuments(filter(dayId, status));
    }

    /** Every registration of the day in order of arrival, handed over {@code batchSize} at a time, never all at once. */
    public void forEachBatch(
            String dayId, Optional<RegistrationStatus> status, int batchSize, Consumer<List<RegistrationView>> action) {
        List<RegistrationView> batch = new ArrayList<>(batchSize);
        for (RegistrationView view : collection
                .find(filter(dayId, status))
                .sort(Sorts.ascending("arrival"))
                .batchSize(batchSize)) {
            batch.add(view);
            if (batch.size() == batchSize) {
                action.accept(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            action.accept(batch);
        }
    }

    private static Bson filter(String dayId, Optional<RegistrationStatus> status) {
        return status.map(s -> and(eq("dayId", dayId), eq("status", s.name()))).orElse(eq("dayId", dayId));
    }
}
