package org.mediation.workshop.programme.web;

import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mediation.platform.export.CalendarEvent;
import org.mediation.platform.export.CalendarFile;
import org.mediation.workshop.programme.query.DayProgramme;
import org.mediation.workshop.theme.query.ThemeView;
import org.mediation.workshop.theme.query.Themes;
import org.mediation.workshop.workshop.query.ProgrammeEntry;
import org.springframework.http.ResponseEntity;

/**
 * A day's programme as iCalendar ({@link CalendarFile}, Europe/Paris): one VEVENT per workshop with times (UID
 * {@code <workshopId>@regional-days}, stable across downloads so a calendar updates its event; SUMMARY the title;
 * LOCATION the room and the day's venue; DESCRIPTION the theme's French label). Workshops without times are left out.
 */
final class ProgrammeCalendar {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String UID_DOMAIN = "@regional-days";

    private ProgrammeCalendar() {}

    static ResponseEntity<byte[]> download(DayProgramme programme, Themes themes) {
        return CalendarFile.download(
                PARIS,
                programme.workshops().stream()
                        .filter(ProgrammeEntry::hasTimes)
                        .map(workshop -> event(workshop, programme.venue(), themes))
                        .toList(),
                "programme-" + programme.regionalDayId() + ".ics");
    }

    private static CalendarEvent event(ProgrammeEntry workshop, String venue, Themes themes) {
        return new CalendarEvent(
                workshop.id() + UID_DOMAIN,
                workshop.title(),
                themes.find(workshop.themeCode()).map(ThemeView::labelFr).orElse(workshop.themeCode()),
                Stream.of(workshop.room(), venue).filter(Objects::nonNull).collect(Collectors.joining(", ")),
                workshop.startsAt(),
                workshop.endsAt());
    }
}
