package org.mediation.workshop.workshop.api;

/** The report went to review with {@code contributions} live contributions. */
public record ReportSubmitted(String workshopId, String regionalDayId, int contributions) {}
