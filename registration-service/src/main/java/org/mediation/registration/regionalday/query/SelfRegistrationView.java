package org.mediation.registration.regionalday.query;

import java.time.LocalDate;

/**
 * Whether the day's public page takes registrations: {@code open} as the regional team set it, until the end of
 * {@code closesOn} (Europe/Paris) or of the day itself when null.
 */
public record SelfRegistrationView(boolean open, LocalDate closesOn) {

    /** Open, and {@code today} is neither after the closing date nor after the day. */
    public boolean takesRegistrationsOn(LocalDate today, LocalDate day) {
        return open && !today.isAfter(closesOn == null ? day : closesOn);
    }
}
