package org.mediation.registration.regionalday.command;

import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.RegistrationStatus;

/**
 * What the regional day remembers of one registration; the fingerprint is null once the person is erased. {@code
 * checkIns} is the number of the participant's last check-in (0 before the first), {@code checkedIn} whether it
 * stands (not undone).
 */
record Participant(
        RegistrationStatus status,
        ParticipantCategory category,
        EmailFingerprint emailFingerprint,
        int checkIns,
        boolean checkedIn) {

    static Participant registered(RegistrationStatus status, ParticipantCategory category, EmailFingerprint email) {
        return new Participant(status, category, email, 0, false);
    }

    boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    boolean isErased() {
        return emailFingerprint == null;
    }

    /** The number the participant's next check-in takes. */
    int nextCheckIn() {
        return checkIns + 1;
    }

    Participant withStatus(RegistrationStatus newStatus) {
        return new Participant(newStatus, category, emailFingerprint, checkIns, checkedIn);
    }

    Participant checkedIn(int number) {
        return new Participant(status, category, emailFingerprint, number, true);
    }

    Participant checkInUndone() {
        return new Participant(status, category, emailFingerprint, checkIns, false);
    }

    Participant erased() {
        return new Participant(status, category, null, checkIns, checkedIn);
    }
}
