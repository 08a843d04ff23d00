package org.mediation.synthesis.regional;

import java.util.List;
import java.util.Objects;

/**
 * What one regional projection adds to the national aggregate, computed once when the day changes so the aggregate
 * is a sum of small figures rather than a pass over every registration.
 */
public record DayFigures(
        String region,
        Attendance attendance,
        List<String> workshopThemes,
        List<CountedContribution> contributions,
        int offered,
        int requests) {

    /** A contribution the national figures count, reduced to what they count it by. */
    public record CountedContribution(String themeCode, String kind) {}

    /** The figures of a day, or none while the day itself is not known yet. */
    public static DayFigures of(RegionalProjection day) {
        if (!day.known()) {
            return null;
        }
        List<String> themes = day.workshops().stream()
                .map(WorkshopState::themeCode)
                .filter(Objects::nonNull)
                .toList();
        List<CountedContribution> counted = day.workshops().stream()
                .flatMap(workshop -> workshop.countedContributions().stream()
                        .map(c -> new CountedContribution(workshop.themeOf(c), c.kind())))
                .filter(c -> c.themeCode() != null)
                .toList();
        return new DayFigures(
                day.region(),
                day.attendance(),
                themes,
                counted,
                day.stand().offered(),
                day.stand().requests());
    }
}
