package org.mediation.synthesis.national;

import java.time.LocalDate;
import java.util.List;

/** One counted contribution behind a national figure, with where it came from. */
public record LineageEntry(
        String contributionId,
        String themeCode,
        String kind,
        String text,
        List<String> tags,
        String workshopId,
        String workshopTitle,
        String rapporteur,
        String regionalDayId,
        String regionalDayTitle,
        LocalDate date,
        String region) {}
