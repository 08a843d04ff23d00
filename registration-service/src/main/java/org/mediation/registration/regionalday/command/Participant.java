package org.mediation.registration.regionalday.command;

import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.RegistrationStatus;

/** What the regional day remembers of one registration; the fingerprint is null once the person is erased. */
record Participant(
        RegistrationStatus status, ParticipantCategory category, EmailFingerprint emailFingerprint, boolean checkedIn) {

    boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    boolean isErased() {
        return emailFingerprint == null;
    }

    Participant withStatus(RegistrationStatus newStatus) {
        return new Participant(newStatus, category, emailFingerprint, checkedIn);
    }

    Participant checkedInNow() {
        return new Participant(status, category, emailFingerprint, true);
    }

    Participant erased() {
        return new Participant(status, category, null, checkedIn);
    }
}
