package org.mediation.workshop.integration.outbound;

record ReportReopenedV1(String workshopId, String regionalDayId, String reason) implements WorkshopEventData {}
