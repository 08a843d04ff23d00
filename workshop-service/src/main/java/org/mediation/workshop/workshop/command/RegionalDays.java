package org.mediation.workshop.workshop.command;

import java.util.Optional;

/** What this service has learnt of the regional days from the registration context: their region. */
public interface RegionalDays {

    /** The region of the day, or empty while its scheduling has not reached this service. */
    Optional<String> regionOf(String regionalDayId);
}
