package org.mediation.workshop.workshop.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A contribution as recorded; {@code themeCode} is the workshop's theme, so the event stands on its own. */
@Revision("1")
public record ContributionRecorded(
        String workshopId,
        String regionalDayId,
        String contributionId,
        ContributionKind kind,
        String text,
        String themeCode,
        List<String> tags) {}
