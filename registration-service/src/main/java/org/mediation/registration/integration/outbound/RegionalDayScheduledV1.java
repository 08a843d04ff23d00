package org.mediation.registration.integration.outbound;

import java.time.LocalDate;

record RegionalDayScheduledV1(
        String regionalDayId, String region, String title, LocalDate date, String venue, int capacity) {
    static final String TYPE = "registration.RegionalDayScheduled.v1";
}
