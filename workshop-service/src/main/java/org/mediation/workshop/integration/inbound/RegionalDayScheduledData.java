package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** What this service reads of {@code registration.RegionalDayScheduled.v1}: the date and venue for the programme. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegionalDayScheduledData(String regionalDayId, String region, LocalDate date, String venue) {

    static final String TYPE = "registration.RegionalDayScheduled.v1";
}
