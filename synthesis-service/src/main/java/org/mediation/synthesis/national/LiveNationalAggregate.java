package org.mediation.synthesis.national;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.store.Versioned;
import org.springframework.stereotype.Component;

/**
 * The national aggregate kept live: the figures of every regional projection and the catalogue entries, updated as
 * each projection changes (a newer version replaces an older one, whatever order the consumers report them in), and
 * summed again only when read after a change. Loaded from the stored projections at start and after a replay's swap.
 */
@Component
public class LiveNationalAggregate {

    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Map<String, Versioned<DayFigures>> days = new HashMap<>();
    private final Map<String, Versioned<CatalogueEntry>> resources = new HashMap<>();
    private long changes;
    private NationalAggregate current;

    LiveNationalAggregate(RegionalProjections projections, Catalogue catalogue, Clock clock) {
        this.projections = projections;
        this.catalogue = catalogue;
        this.clock = clock;
        reload();
    }

    public synchronized void reload() {
        days.clear();
        projections.all().forEach((dayId, day) -> dayChanged(dayId, day));
        resources.clear();
        resources.putAll(catalogue.all());
        changed();
    }

    public synchronized void dayChanged(String dayId, Versioned<RegionalProjection> day) {
        Versioned<DayFigures> known = days.get(dayId);
        if (known == null || known.version() < day.version()) {
            days.put(dayId, new Versioned<>(day.version(), DayFigures.of(day.state())));
            changed();
        }
    }

    public synchronized void resourceChanged(String resourceId, Versioned<CatalogueEntry> entry) {
        Versioned<CatalogueEntry> known = resources.get(resourceId);
        if (known == null || known.version() < entry.version()) {
            resources.put(resourceId, entry);
            changed();
        }
    }

    private void changed() {
        changes++;
        current = null;
    }

    /** How many changes the aggregate has seen: a reader compares it to know whether anything moved. */
    public synchronized long changes() {
        return changes;
    }

    /** The current figures, stamped with the current instant. */
    public synchronized NationalAggregate current() {
        if (current == null) {
            current = NationalAggregation.ofFigures(
                    days.values().stream().map(Versioned::state).toList(),
                    resources.values().stream().map(Versioned::state).toList(),
                    clock.instant());
        }
        return current.at(clock.instant());
    }
}
