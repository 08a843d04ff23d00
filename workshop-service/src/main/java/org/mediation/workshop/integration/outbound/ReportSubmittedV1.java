package org.mediation.workshop.integration.outbound;

record ReportSubmittedV1(String workshopId, String regionalDayId, int contributions) implements WorkshopEventData {}
