package org.mediation.registration.regionalday.query;

import org.bson.codecs.pojo.annotations.BsonId;
import org.mediation.registration.regionalday.api.SealedPersonalData;

/**
 * The read model of one registration. Personal data stays sealed here too (null once erased); {@code organisation} is
 * the organisation in clear of a registration recorded before it was sealed (null otherwise, and once erased);
 * {@code arrival} is the sequence of the registration in its day's event stream (the order the aggregate accepted),
 * {@code sequence} the last event applied.
 */
public record RegistrationView(
        @BsonId String id,
        String dayId,
        long arrival,
        String status,
        boolean checkedIn,
        String category,
        String organisation,
        SealedPersonalData personalData,
        long sequence) {

    public boolean isErased() {
        return personalData == null;
    }
}
