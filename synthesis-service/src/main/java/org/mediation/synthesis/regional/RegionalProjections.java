package org.mediation.synthesis.regional;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.mediation.platform.inbox.RejectedEvent;
import org.mediation.synthesis.history.ConsumedTypes;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.store.Versioned;
import org.mediation.synthesis.store.VersionedStore;
import org.springframework.stereotype.Repository;

/**
 * The live regional projections in MongoDB: one document per regional day ({@code regional_projections}), written
 * with the figures it adds to the national aggregate (every instance sums those, never the whole days), and one per
 * contribution ({@link DayContributions}). A day's document holds its workshops' tallies of contributions, never the
 * contributions, so that no rapporteur's activity can grow it.
 */
@Repository
public class RegionalProjections {

    /** The events that change a workshop's contributions: only they need the workshop's contributions read. */
    private static final Set<String> CONTRIBUTION_TYPES = Set.of(
            ConsumedTypes.CONTRIBUTION_RECORDED,
            ConsumedTypes.CONTRIBUTION_AMENDED,
            ConsumedTypes.CONTRIBUTION_WITHDRAWN);

    private final VersionedStore<RegionalProjection> store;
    private final DayContributions contributions;
    private final DayRegistrations registrations;

    RegionalProjections(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.store = new VersionedStore<>(
                synthesisDatabase.getCollection("regional_projections"),
                json,
                RegionalProjection.class,
                DayFigures::of,
                RegionalProjections::withoutEntries);
        this.contributions = new DayContributions(synthesisDatabase.getCollection("regional_contributions"), json);
        this.registrations = new DayRegistrations(synthesisDatabase.getCollection("regional_registrations"), json);
        store.summarizeWhereMissing(dayId -> apply(dayId, List.of()));
    }

    /**
     * Applies events naming a regional day to the days' projections, in their order: one read and one write per day,
     * however many of its events there are, one read and one write of the contributions of the workshops whose
     * contributions they change, and one of the groups of registrations they name; other events change nothing. An event that would change a known day's region is refused.
     */
    public void apply(List<InboundEvent> events) {
        Map<String, List<InboundEvent>> byDay = events.stream()
                .filter(event -> event.text("regionalDayId") != null)
                .collect(groupingBy(event -> event.text("regionalDayId"), LinkedHashMap::new, toList()));
        byDay.forEach(this::apply);
    }

    private void apply(String dayId, List<InboundEvent> ofDay) {
        Set<String> workshops = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        ofDay.forEach(event -> {
            if (CONTRIBUTION_TYPES.contains(event.type())) {
                workshops.add(event.text("workshopId"));
            } else if (event.type().startsWith(ConsumedTypes.REGISTRATION_PREFIX)
                    && event.text("registrationId") != null) {
                groups.add(RegionalProjection.group(event.text("registrationId")));
            }
        });
        store.update(dayId, () -> new RegionalProjection(dayId), day -> {
            day.workshops().stream()
                    .filter(workshop -> !workshop.held().isEmpty())
                    .forEach(workshop -> workshops.add(workshop.workshopId()));
            hold(day, contributions.ofWorkshops(workshops), workshops);
            day.hold(groups.isEmpty() ? List.of() : registrations.ofGroups(dayId, groups));
            ofDay.forEach(event -> {
                refuseRegionChange(day, event);
                day.apply(event);
            });
            contributions.write(day);
            registrations.write(day);
        });
    }

    private static void refuseRegionChange(RegionalProjection day, InboundEvent event) {
        if (day.changesRegion(event)) {
            throw new RejectedEvent("Event " + event.id() + " from " + event.source() + " would move regional day "
                    + day.regionalDayId() + " from region " + day.region() + " to " + event.text("region")
                    + ": a day's region never changes");
        }
    }

    public Optional<RegionalProjection> find(String dayId) {
        return store.find(dayId).map(day -> {
            holdAll(day, contributions.ofDay(dayId));
            day.hold(registrations.ofDay(dayId));
            return day;
        });
    }

    public Map<String, Versioned<RegionalProjection>> all() {
        Map<String, Versioned<RegionalProjection>> all = store.all();
        Map<String, Map<String, List<Contribution>>> stored = contributions.all();
        Map<String, List<Map<String, Attendee>>> registered = registrations.all();
        all.forEach((dayId, day) -> {
            holdAll(day.state(), stored.getOrDefault(dayId, Map.of()));
            day.state().hold(registered.getOrDefault(dayId, List.of()));
        });
        return all;
    }

    /** What every known day adds to the national aggregate, as stored beside it. */
    public Map<String, DayFigures> figures() {
        return store.summaries(DayFigures.class);
    }

    /** A replay's swap: the rebuilt days replace the live ones; days the rebuild does not hold are removed. */
    public void replace(Map<String, RegionalProjection> rebuilt, Iterable<String> removed) {
        rebuilt.values().forEach(day -> {
            contributions.replace(day);
            registrations.replace(day);
        });
        store.replace(rebuilt);
        removed.forEach(dayId -> {
            store.delete(dayId);
            contributions.delete(dayId);
            registrations.delete(dayId);
        });
    }

    /** Puts the stored contributions of every workshop of the day in place. */
    private static void holdAll(RegionalProjection day, Map<String, List<Contribution>> stored) {
        Set<String> workshops = new TreeSet<>(stored.keySet());
        day.workshops().forEach(workshop -> workshops.add(workshop.workshopId()));
        hold(day, stored, workshops);
    }

    /** Puts the stored contributions of those workshops, all of them read, in place (none when none is stored). */
    private static void hold(RegionalProjection day, Map<String, List<Contribution>> stored, Set<String> workshops) {
        workshops.forEach(workshopId -> day.workshop(workshopId).hold(stored.getOrDefault(workshopId, List.of())));
    }

    /** A day's document: without its registrations and its workshops' contributions, which have documents of their own. */
    private static Document withoutEntries(Document day) {
        day.remove("registrations");
        Document workshops = day.get("workshops", Document.class);
        if (workshops != null) {
            workshops.values().forEach(workshop -> ((Document) workshop).remove("contributions"));
        }
        return day;
    }
}
