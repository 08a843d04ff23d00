package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/**
 * A confirmed participant checked in. {@code checkIn} numbers the participant's check-ins (1, 2, … once one was
 * undone); null, and absent from the stored JSON, on the events recorded before check-ins were numbered: those were
 * the first ({@link #number()}).
 */
@Revision("1")
public record ParticipantCheckedIn(String dayId, String registrationId, ParticipantCategory category, Integer checkIn) {

    /** The number of this check-in of the participant, 1 for an event recorded before they were numbered. */
    public int number() {
        return checkIn == null ? 1 : checkIn;
    }
}
