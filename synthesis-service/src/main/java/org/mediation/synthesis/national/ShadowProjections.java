package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * Regional, resource catalogue and theme catalogue projections rebuilt in memory from history events, beside the live ones: the same pure
 * projection classes, fed the same events in the same order, so they reach the same state. They start empty, or from
 * a checkpoint: a day an event names is then first read as the checkpoint holds it.
 */
public final class ShadowProjections {

    private final Map<String, RegionalProjection> days = new TreeMap<>();
    private final Map<String, CatalogueEntry> catalogue;
    private final Themes themes;
    private final Function<String, RegionalProjection> startingDay;

    public ShadowProjections() {
        this(RegionalProjection::new, Map.of(), new Themes());
    }

    ShadowProjections(
            Function<String, RegionalProjection> startingDay, Map<String, CatalogueEntry> catalogue, Themes themes) {
        this.startingDay = startingDay;
        this.catalogue = new TreeMap<>(catalogue);
        this.themes = themes.copy();
    }

    public void apply(InboundEvent event) {
        String dayId = event.text("regionalDayId");
        if (dayId != null) {
            days.computeIfAbsent(dayId, startingDay).apply(event);
        }
        if (CatalogueEntry.TYPES.contains(event.type())) {
            catalogue
                    .computeIfAbsent(event.text("resourceId"), CatalogueEntry::new)
                    .apply(event);
        }
        if (Themes.TYPES.contains(event.type())) {
            themes.apply(event);
        }
    }

    /** The days rebuilt; from a checkpoint, only those an event named since. */
    public Map<String, RegionalProjection> days() {
        return days;
    }

    public Map<String, CatalogueEntry> catalogue() {
        return catalogue;
    }

    public Themes themes() {
        return themes;
    }

    public NationalAggregate aggregate(Instant asOf) {
        return NationalAggregation.of(days.values(), catalogue.values(), themes, asOf);
    }
}
