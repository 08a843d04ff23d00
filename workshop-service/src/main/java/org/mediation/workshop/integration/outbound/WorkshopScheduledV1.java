package org.mediation.workshop.integration.outbound;

import java.time.LocalDateTime;

/**
 * A workshop's schedule in its day's programme: local date-times of the day (Europe/Paris) and room, each {@code null}
 * when not given; it replaces the workshop's previous one.
 */
record WorkshopScheduledV1(
        String workshopId,
        String regionalDayId,
        String region,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String room)
        implements WorkshopEventData {
    static final String TYPE = "workshop.WorkshopScheduled.v1";
}
