package org.mediation.synthesis.national;

import java.time.LocalDate;

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
        int contributions) {}
