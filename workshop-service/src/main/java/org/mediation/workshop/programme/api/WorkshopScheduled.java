package org.mediation.workshop.programme.api;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** The workshop's schedule is now this one (each field possibly {@code null}); its previous slot is free. */
@Revision("1")
public record WorkshopScheduled(
        String workshopId,
        String regionalDayId,
        String region,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String room) {}
