package org.mediation.registration.regionalday.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RegionalDayScheduled(
        String dayId, String region, String title, LocalDate date, String venue, int capacity) {}
