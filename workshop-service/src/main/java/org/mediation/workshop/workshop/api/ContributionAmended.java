package org.mediation.workshop.workshop.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The whole contribution after the amendment, under its unchanged id. */
@Revision("1")
public record ContributionAmended(
        String workshopId,
        String regionalDayId,
        String contributionId,
        ContributionKind kind,
        String text,
        String themeCode,
        List<String> tags) {}
