package org.mediation.synthesis.replay;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.edition.query.EditionHistory;
import org.mediation.synthesis.edition.query.Editions;
import org.mediation.synthesis.national.ShadowProjections;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.stereotype.Component;

/** The live projections as a replay sees them: to checksum before, to compare with, and to swap into. */
@Component
class LiveProjections {

    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final ThemeCatalogue themes;
    private final Editions editions;

    LiveProjections(RegionalProjections projections, Catalogue catalogue, ThemeCatalogue themes, Editions editions) {
        this.projections = projections;
        this.catalogue = catalogue;
        this.themes = themes;
        this.editions = editions;
    }

    Map<String, RegionalProjection> days() {
        Map<String, RegionalProjection> days = new TreeMap<>();
        projections.all().forEach((dayId, day) -> days.put(dayId, day.state()));
        return days;
    }

    Map<String, CatalogueEntry> catalogue() {
        Map<String, CatalogueEntry> entries = new TreeMap<>();
        catalogue.all().forEach((resourceId, entry) -> entries.put(resourceId, entry.state()));
        return entries;
    }

    String checksum(ReplayScope scope) {
        return Checksum.of(scope, days(), catalogue(), themes.current(), editions.versions());
    }

    /**
     * The editions as rebuilt from their own events, which replace the live ones where they differ (a version
     * published meanwhile is then in both).
     */
    void replace(EditionHistory.Rebuilt rebuilt) {
        if (!rebuilt.versions().equals(editions.versions())
                || !Checksum.canonical(rebuilt.drafts()).equals(Checksum.canonical(editions.drafts()))) {
            editions.replace(rebuilt.drafts(), rebuilt.versions());
        }
    }

    /** Puts the rebuilt scope in place of the live one; the national aggregate sums it once the swap is over. */
    void replace(ReplayScope scope, ShadowProjections shadow) {
        Map<String, RegionalProjection> rebuilt = Checksum.scoped(scope, shadow.days());
        Set<String> removed = new HashSet<>(Checksum.scoped(scope, days()).keySet());
        removed.removeAll(rebuilt.keySet());
        projections.replace(rebuilt, removed);
        if (scope.everything()) {
            Set<String> removedEntries = new HashSet<>(catalogue().keySet());
            removedEntries.removeAll(shadow.catalogue().keySet());
            catalogue.replace(shadow.catalogue(), removedEntries);
            themes.replace(shadow.themes());
        }
    }
}
