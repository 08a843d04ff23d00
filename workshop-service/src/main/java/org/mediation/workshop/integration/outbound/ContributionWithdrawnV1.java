package org.mediation.workshop.integration.outbound;

record ContributionWithdrawnV1(String workshopId, String regionalDayId, String contributionId)
        implements WorkshopEventData {
    static final String TYPE = "workshop.ContributionWithdrawn.v1";
}
