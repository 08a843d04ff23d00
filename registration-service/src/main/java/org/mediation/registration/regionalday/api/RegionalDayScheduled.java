package org.mediation.registration.regionalday.api;

import java.time.LocalDate;

public record RegionalDayScheduled(
        String dayId, String region, String title, LocalDate date, String venue, int capacity) {}
