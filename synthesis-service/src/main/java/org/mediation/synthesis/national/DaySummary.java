package org.mediation.synthesis.national;

import java.time.LocalDate;
import org.mediation.synthesis.regional.DayFigures;
import org.mediation.synthesis.regional.RegionalProjection;

/** One regional day behind a region's national figures: what it is, and what it adds to them. */
public record DaySummary(
        String regionalDayId,
        String region,
        String title,
        LocalDate date,
        String venue,
        int confirmed,
        int checkedIn,
        int workshops,
        int contributions) {

    static DaySummary of(RegionalProjection day) {
        DayFigures figures = DayFigures.of(day);
        return new DaySummary(
                day.regionalDayId(),
                day.region(),
                day.title(),
                day.date(),
                day.venue(),
                figures.attendance().confirmed(),
                figures.attendance().checkedIn(),
                figures.workshopThemes().size(),
                figures.counted());
    }
}
