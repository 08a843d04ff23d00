package org.mediation.registration.regionalday.command;

import java.time.LocalDate;

/** Whether the day's public page takes registrations, and until which date (the day itself when null). */
record SelfRegistration(boolean open, LocalDate closesOn) {

    static final SelfRegistration CLOSED = new SelfRegistration(false, null);

    /** Open, and {@code today} is neither after the closing date nor after the day. */
    boolean takesRegistrationsOn(LocalDate today, LocalDate day) {
        return open && !today.isAfter(closesOn == null ? day : closesOn);
    }
}
