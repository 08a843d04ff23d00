package org.mediation.workshop.integration.outbound;

record ReportSubmittedV1(String workshopId, String regionalDayId, int contributions) implements WorkshopEventData {
    static final String TYPE = "workshop.ReportSubmitted.v1";
}
