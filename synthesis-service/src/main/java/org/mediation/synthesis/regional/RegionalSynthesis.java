package org.mediation.synthesis.regional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;

/** The synthesis of one regional day, as its participants and the national office read it. */
public record RegionalSynthesis(
        String regionalDayId,
        String region,
        String title,
        LocalDate date,
        String venue,
        Attendance attendance,
        List<Workshop> workshops,
        Resources resources) {

    public record Workshop(
            String workshopId,
            String themeCode,
            String themeLabel,
            String title,
            int enrolled,
            String reportStatus,
            String rapporteur,
            List<Item> contributions) {}

    public record Item(String id, String kind, String text, List<String> tags) {}

    public record Resources(int offered, int requests, List<Resource> items) {}

    public record Resource(String resourceId, String title, String kind, int requests) {}

    /**
     * The day's synthesis: workshops in the order of the theme catalogue (the order themes were added), then by title,
     * with their theme's label; titles and kinds of the stand's resources come from the resource catalogue, read by
     * title.
     */
    public static RegionalSynthesis of(
            RegionalProjection day, Function<String, Optional<CatalogueEntry>> catalogue, Themes themes) {
        List<Workshop> workshops = day.workshops().stream()
                .map(workshop -> new Workshop(
                        workshop.workshopId(),
                        workshop.themeCode(),
                        themes.label(workshop.themeCode()),
                        workshop.title(),
                        workshop.enrolled(),
                        workshop.reportStatus(),
                        workshop.rapporteur(),
                        workshop.contributions().stream()
                                .map(c -> new Item(c.id(), c.kind(), c.text(), c.tags()))
                                .toList()))
                .sorted(Comparator.comparingInt((Workshop w) -> themes.rank(w.themeCode()))
                        .thenComparing(Workshop::title, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Resource> items = day.stand().requestsByResource().entrySet().stream()
                .map(entry -> {
                    Optional<CatalogueEntry> entryOf = catalogue.apply(entry.getKey());
                    return new Resource(
                            entry.getKey(),
                            entryOf.map(CatalogueEntry::title).orElse(null),
                            entryOf.map(CatalogueEntry::kind).orElse(null),
                            entry.getValue());
                })
                .sorted(Comparator.comparing(Resource::title, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new RegionalSynthesis(
                day.regionalDayId(),
                day.region(),
                day.title(),
                day.date(),
                day.venue(),
                day.attendance(),
                workshops,
                new Resources(day.stand().offered(), day.stand().requests(), items));
    }
}
