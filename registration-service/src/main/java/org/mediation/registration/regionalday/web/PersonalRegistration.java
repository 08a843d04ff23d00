package org.mediation.registration.regionalday.web;

import java.time.LocalDate;
import java.util.List;
import org.mediation.registration.programme.ProgrammeEntry;
import org.mediation.registration.regionalday.query.RegionalDayView;

/** What a participant's personal link shows: their registration, their day and its programme. */
record PersonalRegistration(
        RegistrationDetails registration,
        String dayTitle,
        LocalDate dayDate,
        String dayVenue,
        LocalDate validUntil,
        List<ProgrammeEntry> programme) {

    static PersonalRegistration of(
            RegistrationDetails registration,
            RegionalDayView day,
            LocalDate validUntil,
            List<ProgrammeEntry> programme) {
        return new PersonalRegistration(registration, day.title(), day.date(), day.venue(), validUntil, programme);
    }
}
