package org.mediation.registration.regionalday.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The read model of a regional day with its counts and whether its public page takes registrations ({@code null}
 * while it never did); no personal data. {@code sequence} is the last event of the day
 * applied, so a redelivered event changes nothing.
 */
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
        int checkedIn,
        SelfRegistrationView selfRegistration,
        @JsonIgnore long sequence) {

    /** Whether people may register themselves on the public page on {@code today} (Europe/Paris). */
    public boolean takesSelfRegistrationOn(LocalDate today) {
        return "OPEN".equals(status) && selfRegistration != null && selfRegistration.takesRegistrationsOn(today, date);
    }
}
