package org.mediation.synthesis.regional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one regional projection adds to the national aggregate, computed once when the day changes so the aggregate
 * is a sum of small figures rather than a pass over every registration. Its size is bounded by the day's workshops
 * and the themes and kinds, never by how many contributions were recorded.
 */
public record DayFigures(
        String region,
        Attendance attendance,
        List<String> workshopThemes,
        List<CountedContribution> contributions,
        int offered,
        int requests) {

    /**
     * How many contributions the national figures count under a theme and a kind. A figure stored before counts were
     * kept (one entry per contribution, without a count) stands for one.
     */
    public record CountedContribution(String themeCode, String kind, Integer count) {

        public CountedContribution {
            count = count == null ? 1 : count;
        }
    }

    /** How many contributions the figures count, every theme and kind together. */
    public int counted() {
        return contributions.stream().mapToInt(CountedContribution::count).sum();
    }

    /** The figures of a day, or none while the day itself is not known yet. */
    public static DayFigures of(RegionalProjection day) {
        if (!day.known()) {
            return null;
        }
        List<String> themes = day.workshops().stream()
                .map(WorkshopState::themeCode)
                .filter(Objects::nonNull)
                .toList();
        List<CountedContribution> counted = new ArrayList<>();
        day.workshops()
                .forEach(workshop -> workshop.countedByTheme()
                        .forEach((theme, kinds) -> kinds.forEach(
                                (kind, count) -> counted.add(new CountedContribution(theme, kind, count)))));
        return new DayFigures(
                day.region(),
                day.attendance(),
                themes,
                counted,
                day.stand().offered(),
                day.stand().requests());
    }
}
