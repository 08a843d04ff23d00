package org.mediation.workshop.integration.outbound;

record WorkshopPlannedV1(
        String workshopId, String regionalDayId, String region, String themeCode, String title, int capacity)
        implements WorkshopEventData {
    static final String TYPE = "workshop.WorkshopPlanned.v1";
}
