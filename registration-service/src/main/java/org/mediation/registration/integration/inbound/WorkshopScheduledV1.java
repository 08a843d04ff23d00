package org.mediation.registration.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDateTime;

/**
 * What a programme needs of {@code workshop.WorkshopScheduled.v1}: local times of the day and room, each null when
 * not given (a schedule replaces the one before).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WorkshopScheduledV1(
        String workshopId, String regionalDayId, LocalDateTime startsAt, LocalDateTime endsAt, String room) {

    static final String TYPE = "workshop.WorkshopScheduled.v1";

    WorkshopScheduledV1 {
        if (workshopId == null || workshopId.isBlank() || regionalDayId == null || regionalDayId.isBlank()) {
            throw new IllegalArgumentException(TYPE + " without workshopId or regionalDayId");
        }
    }
}
