package org.mediation.synthesis.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mediation.synthesis.regional.Contribution;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.regional.WorkshopState;
import org.mediation.synthesis.store.Versioned;
import org.springframework.stereotype.Component;

/**
 * Opens a national theme figure onto its sources: the contributions it counts (published reports, not withdrawn, of
 * known days), each with its workshop, rapporteur, regional day and region.
 */
@Component
class Lineage {

    private final RegionalProjections projections;

    Lineage(RegionalProjections projections) {
        this.projections = projections;
    }

    List<LineageEntry> of(String themeCode, Optional<String> kind) {
        List<LineageEntry> entries = new ArrayList<>();
        for (Versioned<RegionalProjection> versioned : projections.all().values()) {
            RegionalProjection day = versioned.state();
            if (!day.known()) {
                continue;
            }
            for (WorkshopState workshop : day.workshops()) {
                for (Contribution c : workshop.countedContributions()) {
                    if (themeCode.equals(workshop.themeOf(c))
                            && kind.map(c.kind()::equals).orElse(true)) {
                        entries.add(entry(day, workshop, c));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(LineageEntry::region)
                .thenComparing(LineageEntry::regionalDayId)
                .thenComparing(LineageEntry::workshopId)
                .thenComparing(LineageEntry::contributionId));
        return entries;
    }

    private static LineageEntry entry(RegionalProjection day, WorkshopState workshop, Contribution c) {
        return new LineageEntry(
                c.id(),
                workshop.themeOf(c),
                c.kind(),
                c.text(),
                c.tags(),
                workshop.workshopId(),
                workshop.title(),
                workshop.rapporteur(),
                day.regionalDayId(),
                day.title(),
                day.date(),
                day.region());
    }
}
