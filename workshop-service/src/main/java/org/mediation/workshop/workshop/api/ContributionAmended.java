package org.mediation.workshop.workshop.api;

import java.util.List;

/** The whole contribution after the amendment, under its unchanged id. */
public record ContributionAmended(
        String workshopId,
        String regionalDayId,
        String contributionId,
        ContributionKind kind,
        String text,
        String themeCode,
        List<String> tags) {}
