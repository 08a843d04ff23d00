package org.mediation.registration.regionalday.web;

import java.time.LocalDate;
import java.util.List;
import org.mediation.registration.programme.ProgrammeEntry;
import org.mediation.registration.regionalday.query.RegionalDayView;

/**
 * What anyone may read of a day whose public page was ever opened: what, when, where, whether it takes registrations
 * today and until when, and its programme. No counts and no personal data.
 */
record PublicRegionalDay(
        String id,
        String region,
        String title,
        LocalDate date,
        String venue,
        boolean takesRegistrations,
        LocalDate closesOn,
        List<ProgrammeEntry> programme) {

    static PublicRegionalDay of(RegionalDayView day, LocalDate today, List<ProgrammeEntry> programme) {
        return new PublicRegionalDay(
                day.id(),
                day.region(),
                day.title(),
                day.date(),
                day.venue(),
                day.takesSelfRegistrationOn(today),
                day.selfRegistration().closesOn() == null
                        ? day.date()
                        : day.selfRegistration().closesOn(),
                programme);
    }
}
