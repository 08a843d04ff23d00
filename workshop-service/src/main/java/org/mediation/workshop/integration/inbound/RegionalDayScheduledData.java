package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What this service reads of {@code registration.RegionalDayScheduled.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegionalDayScheduledData(String regionalDayId, String region) {

    static final String TYPE = "registration.RegionalDayScheduled.v1";
}
