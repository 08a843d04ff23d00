package org.mediation.workshop.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.workshop.WorkshopHttpTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The served {@code programme.ics}, parsed back with ical4j. */
class ProgrammeCalendarTest extends WorkshopHttpTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Test
    void each_workshop_with_times_is_an_event_in_europe_paris_time_with_a_stable_uid() throws Exception {
        String day = knownDay("FR-HDF");
        String access = planWorkshop(HDF, day, "Accès aux droits et illectronisme", 50);
        String roomless = planWorkshop(HDF, day, "Formation, métier; médiateur", 50);
        planWorkshop(HDF, day, "Sans horaire", 50);
        schedule(HDF, access, "14:00", "15:30", "Salle Jean Moulin");
        schedule(HDF, roomless, "16:00", "17:00", null);

        ResponseEntity<byte[]> served = download(day, Tokens.rapporteur("julie", "FR-HDF"));

        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType())
                .isEqualTo(new MediaType("text", "calendar", StandardCharsets.UTF_8));
        assertThat(served.getHeaders().getContentDisposition().toString())
                .isEqualTo("attachment; filename=\"programme-" + day + ".ics\"");
        Calendar calendar = parse(served);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
                .extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("Europe/Paris");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events)
                .extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder(access + "@regional-days", roomless + "@regional-days");
        VEvent event = eventOf(events, access);
        assertParisTime(event.getRequiredProperty("DTSTART"), "2019-12-04T14:00", "2019-12-04T13:00:00Z");
        assertParisTime(event.getRequiredProperty("DTEND"), "2019-12-04T15:30", "2019-12-04T14:30:00Z");
        assertThat(value(event, "SUMMARY")).isEqualTo("Accès aux droits et illectronisme");
        assertThat(value(event, "LOCATION")).isEqualTo("Salle Jean Moulin, " + SAMPLE_VENUE);
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Accès aux droits et illectronisme");
        assertThat(value(eventOf(events, roomless), "SUMMARY")).isEqualTo("Formation, métier; médiateur");
        assertThat(value(eventOf(events, roomless), "LOCATION")).isEqualTo(SAMPLE_VENUE);
    }

    @Test
    void a_rescheduled_workshop_keeps_its_uid() throws Exception {
        String day = knownDay("FR-HDF");
        String workshopId = planWorkshop(HDF, day, 50);
        schedule(HDF, workshopId, "09:00", "10:00", "Salle A");

        schedule(HDF, workshopId, "11:00", "12:00", "Salle B");

        List<VEvent> events = parse(download(day, HDF)).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(workshopId + "@regional-days");
        assertParisTime(events.get(0).getRequiredProperty("DTSTART"), "2019-12-04T11:00", "2019-12-04T10:00:00Z");
    }

    @Test
    void another_region_is_a_403_problem_even_to_a_calendar_client() {
        String day = knownDay("FR-HDF");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(Tokens.regionalTeam("FR-IDF"));
        headers.setAccept(List.of(MediaType.parseMediaType("text/calendar")));

        ResponseEntity<Map<String, Object>> refused = http.exchange(
                "/api/regional-days/" + day + "/programme.ics", HttpMethod.GET, new HttpEntity<>(headers), MAP);

        assertProblem(refused, HttpStatus.FORBIDDEN);
    }

    ResponseEntity<byte[]> download(String day, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(
                "/api/regional-days/" + day + "/programme.ics",
                HttpMethod.GET,
                new HttpEntity<>(headers),
                byte[].class);
    }

    static Calendar parse(ResponseEntity<byte[]> served) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(served.getBody(), StandardCharsets.UTF_8)));
    }

    static VEvent eventOf(List<VEvent> events, String workshopId) {
        return events.stream()
                .filter(event -> event.getUid().orElseThrow().getValue().startsWith(workshopId))
                .findFirst()
                .orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    /** A local time of Europe/Paris, named by its TZID, that is this instant. */
    static void assertParisTime(Property property, String local, String instant) {
        ZonedDateTime time = (ZonedDateTime) ((DateProperty<?>) property).getDate();
        assertThat(property.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(time.toLocalDateTime()).isEqualTo(LocalDateTime.parse(local));
        assertThat(time.toInstant()).isEqualTo(Instant.parse(instant));
    }
}
