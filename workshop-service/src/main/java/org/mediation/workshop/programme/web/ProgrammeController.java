package org.mediation.workshop.programme.web;

import org.mediation.workshop.access.Access;
import org.mediation.workshop.programme.query.DayProgramme;
import org.mediation.workshop.programme.query.Programmes;
import org.mediation.workshop.theme.query.Themes;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.mediation.workshop.workshop.web.UnknownRegionalDay;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A regional day's programme, as JSON and as iCalendar: for the team and rapporteurs of the day's region, the national
 * office and operators.
 */
@RestController
@RequestMapping("/api/regional-days/{regionalDayId}")
class ProgrammeController {

    private final RegionalDays regionalDays;
    private final Programmes programmes;
    private final Themes themes;

    ProgrammeController(RegionalDays regionalDays, Programmes programmes, Themes themes) {
        this.regionalDays = regionalDays;
        this.programmes = programmes;
        this.themes = themes;
    }

    /** The day's workshops by start time, then title; those without times last. */
    @GetMapping("/programme")
    DayProgramme programme(@AuthenticationPrincipal Jwt jwt, @PathVariable String regionalDayId) {
        return readable(jwt, regionalDayId);
    }

    /** The workshops with times, one VEVENT each ({@link ProgrammeCalendar}), as an attachment. */
    @GetMapping("/programme.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal Jwt jwt, @PathVariable String regionalDayId) {
        return ProgrammeCalendar.download(readable(jwt, regionalDayId), themes);
    }

    private DayProgramme readable(Jwt jwt, String regionalDayId) {
        String region = regionalDays.regionOf(regionalDayId).orElseThrow(() -> new UnknownRegionalDay(regionalDayId));
        Access.of(jwt).requireReaderOfDay(region);
        return programmes.of(regionalDayId);
    }
}
