package org.mediation.synthesis.restitution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.regional.Attendance;
import org.mediation.synthesis.regional.Contribution;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.regional.WorkshopState;
import org.mediation.synthesis.restitution.Restitution.CoveredDay;
import org.mediation.synthesis.restitution.Restitution.Item;
import org.mediation.synthesis.restitution.Restitution.RecurringTag;
import org.mediation.synthesis.restitution.Restitution.Theme;

/**
 * Assembles a restitution from regional projections: the known days of the period, the contributions the national
 * figures count (published reports, not withdrawn) under their own theme, in {@link Restitution#KIND_ORDER} then by
 * date, region and workshop. Every catalogued theme appears, in the catalogue's order, then any other theme met.
 */
final class RestitutionContent {

    private static final Comparator<Item> READING_ORDER = Comparator.comparingInt(
                    (Item item) -> Restitution.KIND_ORDER.indexOf(item.kind()))
            .thenComparing(Item::date)
            .thenComparing(Item::region)
            .thenComparing(Item::regionalDayId)
            .thenComparing(Item::workshopTitle, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::contributionId);

    private RestitutionContent() {}

    static Restitution of(
            Period period, Collection<RegionalProjection> projections, Themes catalogue, Instant asOf, long position) {
        List<RegionalProjection> days = projections.stream()
                .filter(RegionalProjection::known)
                .filter(day -> period.covers(day.date()))
                .sorted(Comparator.comparing(RegionalProjection::date)
                        .thenComparing(RegionalProjection::region)
                        .thenComparing(RegionalProjection::regionalDayId))
                .toList();
        Map<String, ThemeTally> themes = new LinkedHashMap<>();
        catalogue.codes().forEach(theme -> themes.put(theme, new ThemeTally()));
        Map<String, ThemeTally> others = new TreeMap<>();
        for (RegionalProjection day : days) {
            for (WorkshopState workshop : day.workshops()) {
                if (workshop.themeCode() != null) {
                    tally(themes, others, workshop.themeCode()).workshop(day.region());
                }
                for (Contribution c : workshop.countedContributions()) {
                    tally(themes, others, workshop.themeOf(c)).item(item(day, workshop, c));
                }
            }
        }
        themes.putAll(others);
        List<Theme> restituted = new ArrayList<>();
        themes.forEach((code, tally) -> restituted.add(tally.theme(code, catalogue.label(code))));
        return new Restitution(
                period.from(),
                period.to(),
                asOf,
                position,
                days.stream().map(RestitutionContent::covered).toList(),
                restituted,
                recurringTags(restituted));
    }

    private static ThemeTally tally(Map<String, ThemeTally> themes, Map<String, ThemeTally> others, String code) {
        return themes.containsKey(code) ? themes.get(code) : others.computeIfAbsent(code, c -> new ThemeTally());
    }

    private static CoveredDay covered(RegionalProjection day) {
        Attendance attendance = day.attendance();
        return new CoveredDay(
                day.regionalDayId(),
                day.region(),
                day.title(),
                day.date(),
                day.venue(),
                attendance.confirmed(),
                attendance.checkedIn(),
                attendance.byCategory());
    }

    private static Item item(RegionalProjection day, WorkshopState workshop, Contribution c) {
        return new Item(
                c.id(),
                c.kind(),
                c.text(),
                c.tags(),
                workshop.workshopId(),
                workshop.title(),
                day.regionalDayId(),
                day.title(),
                day.date(),
                day.region());
    }

    /** Tags compared in lower case, kept when contributions of two regions or more carry them; by tag. */
    private static List<RecurringTag> recurringTags(List<Theme> themes) {
        Map<String, TreeSet<String>> regions = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        themes.stream()
                .flatMap(theme -> theme.items().stream())
                .forEach(item -> item.tags().stream()
                        .map(tag -> tag.strip().toLowerCase(Locale.FRENCH))
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .forEach(tag -> {
                            regions.computeIfAbsent(tag, t -> new TreeSet<>()).add(item.region());
                            counts.merge(tag, 1, Integer::sum);
                        }));
        return regions.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .map(entry ->
                        new RecurringTag(entry.getKey(), List.copyOf(entry.getValue()), counts.get(entry.getKey())))
                .toList();
    }

    private static final class ThemeTally {
        private int workshops;
        private final TreeSet<String> regions = new TreeSet<>();
        private final List<Item> items = new ArrayList<>();

        void workshop(String region) {
            workshops++;
            regions.add(region);
        }

        void item(Item item) {
            items.add(item);
        }

        Theme theme(String code, String label) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Restitution.KIND_ORDER.forEach(kind -> counts.put(kind, 0));
            items.forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
            return new Theme(
                    code,
                    label,
                    workshops,
                    List.copyOf(regions),
                    counts,
                    items.stream().sorted(READING_ORDER).toList());
        }
    }
}
