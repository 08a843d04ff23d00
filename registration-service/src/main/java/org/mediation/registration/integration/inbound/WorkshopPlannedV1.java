package org.mediation.registration.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a programme needs of {@code workshop.WorkshopPlanned.v1}: our own copy of the fields we read. */
@JsonIgnoreProperties(ignoreUnknown = true)
record WorkshopPlannedV1(String workshopId, String regionalDayId, String title) {

    static final String TYPE = "workshop.WorkshopPlanned.v1";

    WorkshopPlannedV1 {
        if (workshopId == null || workshopId.isBlank() || regionalDayId == null || regionalDayId.isBlank()) {
            throw new IllegalArgumentException(TYPE + " without workshopId or regionalDayId");
        }
    }
}
