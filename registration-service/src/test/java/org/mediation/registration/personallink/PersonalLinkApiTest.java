package org.mediation.registration.personallink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.TestMailServer;
import org.mediation.registration.integration.inbound.WorkshopEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.Message;

/**
 * The personal link of every mail: it opens its own registration and nothing else, shows the programme, gives the
 * day as iCalendar, cancels (the waitlist's first is promoted and told), and stops with the day or the erasure.
 */
class PersonalLinkApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("/mon-inscription/\\?lien=(\\S+)");

    @Autowired
    TestRestTemplate http;

    @Autowired
    PersonalLinks links;

    @Autowired
    @Qualifier("workshopEvents")
    Consumer<Message<Object>> workshopEvents;

    @Autowired
    ObjectMapper json;

    @Test
    void the_link_shows_the_registration_and_programme_gives_the_calendar_and_cancels() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 1, 20);
        new WorkshopEvents(workshopEvents, json)
                .planAndSchedule(
                        day,
                        "workshop-" + day,
                        "Accès aux droits",
                        "2027-01-01T14:00:00",
                        "2027-01-01T15:30:00",
                        "Salle 2");
        api.registerThemselves(day, "198.51.100.20", RegistrationApi.form("link-seated@example.org"));
        api.registerThemselves(day, "198.51.100.20", RegistrationApi.form("link-waiting@example.org"));
        String seated = tokenIn(
                TestMailServer.awaitMails("link-seated@example.org", 1, MAIL).get(0));

        Map<String, Object> page = get(seated).getBody();
        assertThat((Map<String, Object>) page.get("registration"))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("firstName", "Zoé")
                .containsEntry("email", "link-seated@example.org");
        assertThat(page).containsEntry("dayTitle", "Journée régionale");
        assertThat(page.get("programme").toString()).contains("Accès aux droits", "Salle 2");
        ResponseEntity<String> calendar = api.text(path(seated, "/programme.ics"), null);
        assertThat(calendar.getHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(calendar.getBody())
                .contains("BEGIN:VEVENT", "UID:workshop-" + day + "@regional-days", "SUMMARY:Accès aux droits")
                .contains("DTSTART;TZID=Europe/Paris:20270101T140000", "LOCATION:Salle 2\\, Liévin");

        ResponseEntity<Map<String, Object>> cancelled = api.call(HttpMethod.POST, path(seated, "/cancel"), null, null);

        assertThat((Map<String, Object>) cancelled.getBody().get("registration"))
                .containsEntry("status", "CANCELLED");
        assertThat(TestMailServer.awaitMails("link-waiting@example.org", 2, MAIL))
                .extracting(MimeMessage::getSubject)
                .last()
                .asString()
                .startsWith("Une place s'est libérée");
    }

    @Test
    void an_altered_link_opens_nothing_and_a_link_opens_only_its_own_registration() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        api.registerThemselves(day, "198.51.100.21", RegistrationApi.form("link-own@example.org"));
        String token = tokenIn(
                TestMailServer.awaitMails("link-own@example.org", 1, MAIL).get(0));
        String other = api.registered(HDF, day, "link-other@example.org");
        String[] parts = token.split("\\.");
        String forged = other + "." + parts[1] + "." + parts[2] + "." + parts[3];

        assertThat(get(forged).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(token.substring(0, token.length() - 2)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.call(HttpMethod.POST, path(forged, "/cancel"), null, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_link_ends_with_its_day_and_with_the_erasure_of_its_registration() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        api.registerThemselves(day, "198.51.100.22", RegistrationApi.form("link-erased@example.org"));
        String token = tokenIn(
                TestMailServer.awaitMails("link-erased@example.org", 1, MAIL).get(0));
        LocalDate theDay = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20);
        PersonalLink link = links.read(token, theDay).orElseThrow();

        assertThat(links.read(token, theDay.plusDays(1))).isEmpty();
        api.call(
                HttpMethod.DELETE,
                RegistrationApi.registration(day, link.registrationId(), "/personal-data"),
                HDF,
                null);
        assertThat(get(token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<Map<String, Object>> get(String token) {
        return new RegistrationApi(http).call(HttpMethod.GET, path(token, ""), null, null);
    }

    private static String path(String token, String rest) {
        return "/api/public/personal-links/" + token + rest;
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(TestMailServer.text(mail, "text/plain"));
        assertThat(link.find()).as("a personal link in the mail").isTrue();
        return link.group(1);
    }
}
