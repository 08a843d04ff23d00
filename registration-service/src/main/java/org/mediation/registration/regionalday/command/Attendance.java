package org.mediation.registration.regionalday.command;

import java.util.LinkedHashSet;
import org.mediation.registration.regionalday.api.RegistrationStatus;

/** Who holds a seat and who waits for one, in order of arrival. */
final class Attendance {

    private final LinkedHashSet<String> confirmed = new LinkedHashSet<>();
    private final LinkedHashSet<String> waitlist = new LinkedHashSet<>();

    void add(String registrationId, RegistrationStatus status) {
        (status == RegistrationStatus.CONFIRMED ? confirmed : waitlist).add(registrationId);
    }

    int confirmed() {
        return confirmed.size();
    }

    int waitlisted() {
        return waitlist.size();
    }
}
