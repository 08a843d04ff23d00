package org.mediation.registration.programme;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mediation.platform.export.CalendarEvent;
import org.mediation.platform.export.CalendarFile;
import org.springframework.http.ResponseEntity;

/**
 * A day's programme as the participant's iCalendar ({@link CalendarFile}, Europe/Paris): one VEVENT per workshop with
 * times, its UID {@code <workshopId>@regional-days} as in workshop-service's calendar, so a calendar application that
 * holds both keeps one event; LOCATION the room and the day's venue.
 */
public final class ProgrammeCalendar {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ProgrammeCalendar() {}

    public static ResponseEntity<byte[]> download(String dayId, String venue, List<ProgrammeEntry> programme) {
        List<CalendarEvent> events = programme.stream()
                .filter(ProgrammeEntry::hasTimes)
                .map(workshop -> event(workshop, venue))
                .toList();
        return CalendarFile.download(PARIS, events, "programme-" + dayId + ".ics");
    }

    private static CalendarEvent event(ProgrammeEntry workshop, String venue) {
        return new CalendarEvent(
                workshop.workshopId() + "@regional-days",
                workshop.title(),
                null,
                Stream.of(workshop.room(), venue).filter(Objects::nonNull).collect(Collectors.joining(", ")),
                workshop.startsAt(),
                workshop.endsAt());
    }
}
