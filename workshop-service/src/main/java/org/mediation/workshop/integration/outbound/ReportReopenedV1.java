package org.mediation.workshop.integration.outbound;

record ReportReopenedV1(String workshopId, String regionalDayId, String reason) implements WorkshopEventData {
    static final String TYPE = "workshop.ReportReopened.v1";
}
