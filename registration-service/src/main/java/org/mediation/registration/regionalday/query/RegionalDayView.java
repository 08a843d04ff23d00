package org.mediation.registration.regionalday.query;

import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/** The read model of a regional day with its counts; no personal data. */
public record RegionalDayView(
        @BsonId String id,
        String region,
        String title,
        LocalDate date,
        String venue,
        int capacity,
        String status,
        int confirmed,
        int waitlisted,
        int cancelled,
        int checkedIn) {}
