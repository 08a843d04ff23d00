package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

/** The report went to review with {@code contributions} live contributions. */
@Revision("1")
public record ReportSubmitted(String workshopId, String regionalDayId, int contributions) {}
