package org.mediation.workshop.workshop.api;

public record ReportPublished(String workshopId, String regionalDayId) {}
