package org.mediation.workshop.workshop.api;

public record ReportReopened(String workshopId, String regionalDayId, String reason) {}
