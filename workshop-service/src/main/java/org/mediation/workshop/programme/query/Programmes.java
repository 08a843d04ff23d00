package org.mediation.workshop.programme.query;

import org.mediation.workshop.regionalday.query.RegionalDayCopy;
import org.mediation.workshop.workshop.query.WorkshopViews;
import org.springframework.stereotype.Component;

/**
 * Puts a day's programme together from this service's copy of the day and its workshop views. It asks nothing of the
 * caller: whoever may read the programme (the day's region and national roles today, a participant's personal link
 * later) reads the same.
 */
@Component
public class Programmes {

    private final RegionalDayCopy days;
    private final WorkshopViews workshops;

    Programmes(RegionalDayCopy days, WorkshopViews workshops) {
        this.days = days;
        this.workshops = workshops;
    }

    public DayProgramme of(String regionalDayId) {
        return new DayProgramme(
                regionalDayId,
                days.dateOf(regionalDayId).orElse(null),
                days.venueOf(regionalDayId).orElse(null),
                workshops.programmeOf(regionalDayId));
    }
}
