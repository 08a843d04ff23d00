package org.mediation.registration.regionalday.web;

import org.mediation.registration.access.Access;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Finds a regional day (404 if unknown) and checks who may see it or act on it (403). */
@Component
class DayAccess {

    private final RegionalDayViews views;

    DayAccess(RegionalDayViews views) {
        this.views = views;
    }

    /** Days and counts: the day's regional team, the national office, operators. */
    RegionalDayView forReading(Jwt jwt, String dayId) {
        RegionalDayView day = existing(dayId);
        Access.of(jwt).requireReaderOf(day.region());
        return day;
    }

    /** Writes and personal data: the day's regional team only. */
    RegionalDayView forTeam(Jwt jwt, String dayId) {
        RegionalDayView day = existing(dayId);
        Access.of(jwt).requireRegionalTeamOf(day.region());
        return day;
    }

    RegionalDayView existing(String dayId) {
        return views.find(dayId).orElseThrow(() -> new UnknownRegionalDay(dayId));
    }
}
