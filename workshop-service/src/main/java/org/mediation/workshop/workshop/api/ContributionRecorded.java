package org.mediation.workshop.workshop.api;

import java.util.List;

/** A contribution as recorded; {@code themeCode} is the workshop's theme, so the event stands on its own. */
public record ContributionRecorded(
        String workshopId,
        String regionalDayId,
        String contributionId,
        ContributionKind kind,
        String text,
        String themeCode,
        List<String> tags) {}
