package org.mediation.platform.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every iCalendar file (RFC 5545), written by ical4j: PUBLISH, the zone's VTIMEZONE, then one VEVENT per
 * {@link CalendarEvent} with DTSTART/DTEND local times carrying that zone's TZID; lines end in CRLF and long ones are
 * folded. {@link #download} answers it as a named attachment.
 */
public final class CalendarFile {

    private static final String PRODUCT = "-//Regional days of social mediation//Programme//FR";
    private static final TimeZoneRegistry TIME_ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFile() {}

    public static String write(ZoneId zone, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(TIME_ZONES.getTimeZone(zone.getId()).getVTimeZone());
        events.forEach(event -> calendar.add(vevent(event, zone)));
        return text(calendar);
    }

    /** {@code text/calendar; charset=UTF-8}, as the attachment {@code filename}. */
    public static ResponseEntity<byte[]> download(ZoneId zone, List<CalendarEvent> events, String filename) {
        return Attachment.of(
                new MediaType("text", "calendar", StandardCharsets.UTF_8),
                filename,
                write(zone, events).getBytes(StandardCharsets.UTF_8));
    }

    private static VEvent vevent(CalendarEvent event, ZoneId zone) {
        VEvent vevent = new VEvent(event.start().atZone(zone), event.end().atZone(zone), event.summary());
        vevent.add(new Uid(event.uid()));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null && !event.location().isEmpty()) {
            vevent.add(new Location(event.location()));
        }
        return vevent;
    }

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
