package org.mediation.synthesis.regional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Optional;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.store.Versioned;
import org.mediation.synthesis.store.VersionedStore;
import org.springframework.stereotype.Repository;

/**
 * The live regional projections in MongoDB ({@code regional_projections}), one document per regional day, each
 * written with the figures it adds to the national aggregate: every instance sums those, never the whole days.
 */
@Repository
public class RegionalProjections {

    private final VersionedStore<RegionalProjection> store;

    RegionalProjections(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.store = new VersionedStore<>(
                synthesisDatabase.getCollection("regional_projections"),
                json,
                RegionalProjection.class,
                DayFigures::of);
        store.summarizeWhereMissing();
    }

    /** Applies an event naming a regional day to that day's projection; other events change nothing. */
    public Optional<Versioned<RegionalProjection>> apply(InboundEvent event) {
        String dayId = event.text("regionalDayId");
        if (dayId == null) {
            return Optional.empty();
        }
        return Optional.of(store.update(dayId, () -> new RegionalProjection(dayId), day -> day.apply(event)));
    }

    public Optional<RegionalProjection> find(String dayId) {
        return store.find(dayId);
    }

    public Map<String, Versioned<RegionalProjection>> all() {
        return store.all();
    }

    /** What every known day adds to the national aggregate, as stored beside it. */
    public Map<String, DayFigures> figures() {
        return store.summaries(DayFigures.class);
    }

    /** A replay's swap: the rebuilt days replace the live ones; days the rebuild does not hold are removed. */
    public void replace(Map<String, RegionalProjection> rebuilt, Iterable<String> removed) {
        store.replace(rebuilt);
        removed.forEach(store::delete);
    }
}
