package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** Local date-times of the day (Europe/Paris), e.g. {@code "2027-03-12T09:30"}; each field optional, times together. */
record ScheduleRequest(
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Size(max = 100) String room) {}
