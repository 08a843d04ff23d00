package org.mediation.registration.regionalday.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.mediation.registration.access.Access;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Finds a regional day (404 if unknown) and checks who may see it or act on it (403). A day's region never changes,
 * so the region of a day found is remembered for the writes, which need nothing else; an unknown day is looked up
 * again each time.
 */
@Component
class DayAccess {

    private static final int REMEMBERED_REGIONS = 10_000;

    private final RegionalDayViews views;
    private final Cache<String, String> regions =
            Caffeine.newBuilder().maximumSize(REMEMBERED_REGIONS).build();

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
    void forTeam(Jwt jwt, String dayId) {
        Access.of(jwt)
                .requireRegionalTeamOf(
                        regions.get(dayId, unknown -> existing(unknown).region()));
    }

    RegionalDayView existing(String dayId) {
        return views.find(dayId).orElseThrow(() -> new UnknownRegionalDay(dayId));
    }
}
