package org.mediation.workshop.integration.outbound;

import java.util.List;

/** A contribution recorded or amended, whole, under its stable id. */
record ContributionV1(
        String workshopId,
        String regionalDayId,
        String contributionId,
        String kind,
        String text,
        String themeCode,
        List<String> tags)
        implements WorkshopEventData {
    static final String RECORDED = "workshop.ContributionRecorded.v1";

    static final String AMENDED = "workshop.ContributionAmended.v1";
}
