package org.mediation.workshop.programme.command;

import java.time.LocalDate;
import java.util.Optional;

/** What this service has learnt of the regional days from the registration context: their date. */
public interface RegionalDayDates {

    /** The date of the day, or empty while it has not reached this service. */
    Optional<LocalDate> dateOf(String regionalDayId);
}
