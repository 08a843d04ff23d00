package org.mediation.workshop.programme.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mediation.workshop.programme.query.DayProgramme;
import org.mediation.workshop.theme.api.Theme;
import org.mediation.workshop.workshop.query.ProgrammeEntry;

/**
 * A day's programme as iCalendar (RFC 5545, written by ical4j): the Europe/Paris VTIMEZONE, then one VEVENT per
 * workshop with times (UID {@code <workshopId>@regional-days}, stable across downloads so a calendar updates its
 * event; SUMMARY the title; DTSTART/DTEND local times with TZID Europe/Paris; LOCATION the room and the day's venue;
 * DESCRIPTION the theme's French label). Workshops without times are left out.
 */
final class ProgrammeCalendar {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String UID_DOMAIN = "@regional-days";
    private static final String PRODUCT = "-//Regional days of social mediation//Programme//FR";
    private static final TimeZoneRegistry TIME_ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private ProgrammeCalendar() {}

    static String write(DayProgramme programme) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(TIME_ZONES.getTimeZone(PARIS.getId()).getVTimeZone());
        programme.workshops().stream()
                .filter(ProgrammeEntry::hasTimes)
                .forEach(workshop -> calendar.add(event(workshop, programme.venue())));
        return text(calendar);
    }

    private static VEvent event(ProgrammeEntry workshop, String venue) {
        VEvent event =
                new VEvent(workshop.startsAt().atZone(PARIS), workshop.endsAt().atZone(PARIS), workshop.title());
        event.add(new Uid(workshop.id() + UID_DOMAIN));
        event.add(new Description(Theme.ofCode(workshop.themeCode()).labelFr()));
        String location =
                Stream.of(workshop.room(), venue).filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        return event;
    }

    /** Lines ending in CRLF, long ones folded, as RFC 5545 asks (ical4j's outputter). */
    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
