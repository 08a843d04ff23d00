package org.mediation.workshop.integration.outbound;

/** The data of events that only name their workshop and its day (report published). */
record WorkshopRefV1(String workshopId, String regionalDayId) implements WorkshopEventData {
    static final String TYPE = "workshop.ReportPublished.v1";
}
