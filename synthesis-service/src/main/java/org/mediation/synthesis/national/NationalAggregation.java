package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.national.NationalAggregate.NationalAttendance;
import org.mediation.synthesis.national.NationalAggregate.RegionFigures;
import org.mediation.synthesis.national.NationalAggregate.ResourceFigures;
import org.mediation.synthesis.national.NationalAggregate.ThemeFigures;
import org.mediation.synthesis.regional.Attendance;
import org.mediation.synthesis.regional.Contribution;
import org.mediation.synthesis.regional.DayFigures;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * Builds the national aggregate from regional projections and the catalogue projections (never from raw events): every
 * catalogued theme is present, even at zero, and a theme a workshop names that the catalogue does not hold (yet) too.
 */
public final class NationalAggregation {

    private NationalAggregation() {}

    public static NationalAggregate of(
            Collection<RegionalProjection> days, Collection<CatalogueEntry> catalogue, Themes themes, Instant asOf) {
        return ofFigures(days.stream().map(DayFigures::of).toList(), catalogue, themes, asOf);
    }

    public static NationalAggregate ofFigures(
            Collection<DayFigures> days, Collection<CatalogueEntry> catalogue, Themes catalogued, Instant asOf) {
        List<DayFigures> known = days.stream().filter(Objects::nonNull).toList();
        Attendance attendance = Attendance.none();
        Map<String, RegionFigures> regions = new TreeMap<>();
        Map<String, ThemeTally> themes = new TreeMap<>();
        catalogued.codes().forEach(theme -> themes.put(theme, new ThemeTally()));
        int offered = 0;
        int requests = 0;
        for (DayFigures day : known) {
            attendance = attendance.plus(day.attendance());
            regions.merge(day.region(), regionFigures(day), NationalAggregation::plus);
            day.workshopThemes()
                    .forEach(theme ->
                            themes.computeIfAbsent(theme, t -> new ThemeTally()).workshop(day.region()));
            day.contributions()
                    .forEach(c -> themes.computeIfAbsent(c.themeCode(), t -> new ThemeTally())
                            .contribution(c.kind(), c.count()));
            offered += day.offered();
            requests += day.requests();
        }
        Map<String, ThemeFigures> themeFigures = new LinkedHashMap<>();
        themes.forEach((theme, tally) -> themeFigures.put(theme, tally.figures()));
        return new NationalAggregate(
                asOf,
                known.size(),
                new NationalAttendance(
                        attendance.confirmed(),
                        attendance.waitlisted(),
                        attendance.checkedIn(),
                        attendance.byCategory()),
                regions,
                themeFigures,
                new ResourceFigures(
                        (int) catalogue.stream()
                                .filter(CatalogueEntry::catalogued)
                                .count(),
                        (int) catalogue.stream()
                                .filter(CatalogueEntry::sharedNationally)
                                .count(),
                        offered,
                        requests));
    }

    private static RegionFigures regionFigures(DayFigures day) {
        return new RegionFigures(
                1,
                day.attendance().confirmed(),
                day.attendance().checkedIn(),
                day.workshopThemes().size(),
                day.counted());
    }

    private static RegionFigures plus(RegionFigures a, RegionFigures b) {
        return new RegionFigures(
                a.regionalDays() + b.regionalDays(),
                a.confirmed() + b.confirmed(),
                a.checkedIn() + b.checkedIn(),
                a.workshops() + b.workshops(),
                a.contributions() + b.contributions());
    }

    private static final class ThemeTally {
        private int workshops;
        private final TreeSet<String> regions = new TreeSet<>();
        private final Map<String, Integer> contributions = new LinkedHashMap<>();

        ThemeTally() {
            Contribution.KINDS.forEach(kind -> contributions.put(kind, 0));
        }

        void workshop(String region) {
            workshops++;
            regions.add(region);
        }

        void contribution(String kind, int count) {
            contributions.merge(kind, count, Integer::sum);
        }

        ThemeFigures figures() {
            return new ThemeFigures(workshops, List.copyOf(regions), contributions);
        }
    }
}
