package org.mediation.synthesis.regional;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Applies events naming a regional day to the days' projections, in their order: one read and one write per day,
     * however many of its events there are; other events change nothing.
     */
    public void apply(List<InboundEvent> events) {
        Map<String, List<InboundEvent>> byDay = events.stream()
                .filter(event -> event.text("regionalDayId") != null)
                .collect(groupingBy(event -> event.text("regionalDayId"), LinkedHashMap::new, toList()));
        byDay.forEach((dayId, ofDay) ->
                store.update(dayId, () -> new RegionalProjection(dayId), day -> ofDay.forEach(day::apply)));
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
