package org.mediation.registration.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
import org.springframework.messaging.Message;

/**
 * Participants are told by mail, through a real SMTP server: confirmed or waitlisted, promoted, cancelled; once per
 * event; again after the server was away; never after erasure; reminded once two days before the day.
 */
class ParticipantNoticesTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");
    /** The notices of the other tests' registrations may be sent first. */
    private static final Duration MAIL = Duration.ofSeconds(60);

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ParticipantReminders reminders;

    @Autowired
    @Qualifier("workshopEvents")
    Consumer<Message<Object>> workshopEvents;

    @Autowired
    ObjectMapper json;

    @Test
    void confirmed_waitlisted_promoted_and_cancelled_participants_are_each_told_once_in_french() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(TEAM, "FR-HDF", 1, 20);
        String date =
                FRENCH_DATE.format(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20));
        String first = api.registered(TEAM, day, "notice-first@example.org");
        api.registered(TEAM, day, "notice-second@example.org");
        api.call(HttpMethod.POST, RegistrationApi.registration(day, first, "/cancel"), TEAM, null);

        List<MimeMessage> toFirst = awaitMails("notice-first@example.org", 2);
        List<MimeMessage> toSecond = awaitMails("notice-second@example.org", 2);
        assertThat(toFirst)
                .extracting(MimeMessage::getSubject)
                .containsExactly(
                        "Votre inscription est confirmée — Journée régionale",
                        "Votre inscription est annulée — Journée régionale");
        assertThat(toSecond)
                .extracting(MimeMessage::getSubject)
                .containsExactly(
                        "Vous êtes sur liste d'attente — Journée régionale",
                        "Une place s'est libérée : votre inscription est confirmée — Journée régionale");
        assertThat(text(toFirst.get(0), "text/plain"))
                .contains("Bonjour Zoé,", "Votre inscription est confirmée", date, "Liévin");
        assertThat(text(toFirst.get(0), "text/html"))
                .contains("<html lang=\"fr\">", "<span>Zoé</span>", "<td>" + date + "</td>");
    }

    @Test
    void nobody_is_mailed_about_a_day_already_over() {
        RegistrationApi api = new RegistrationApi(http);
        String past = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        api.registered(TEAM, past, "notice-past@example.org");
        api.registered(TEAM, api.schedulePublicDay(TEAM, "FR-HDF", 5, 20), "notice-coming@example.org");

        awaitMails("notice-coming@example.org", 1);
        assertThat(TestMailServer.receivedBy("notice-past@example.org")).isEmpty();
    }

    @Test
    void a_notice_refused_while_the_smtp_server_is_away_goes_once_it_is_back() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(TEAM, "FR-HDF", 5, 20);
        TestMailServer.stop();
        try {
            api.registered(TEAM, day, "notice-away@example.org");
        } finally {
            TestMailServer.start();
        }

        assertThat(awaitMails("notice-away@example.org", 1)).hasSize(1);
    }

    @Test
    void a_participant_erased_before_the_notice_went_is_never_told() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(TEAM, "FR-HDF", 5, 20);
        String erased;
        TestMailServer.stop();
        try {
            erased = api.registered(TEAM, day, "notice-erased@example.org");
            api.call(HttpMethod.DELETE, RegistrationApi.registration(day, erased, "/personal-data"), TEAM, null);
        } finally {
            TestMailServer.start();
        }
        api.registered(TEAM, day, "notice-after@example.org");

        awaitMails("notice-after@example.org", 1);
        assertThat(TestMailServer.receivedBy("notice-erased@example.org")).isEmpty();
    }

    @Test
    void confirmed_participants_are_reminded_once_two_days_before_the_day() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        Map<String, Object> inTwoDays = new HashMap<>(RegistrationApi.day("FR-HDF", 5));
        inTwoDays.put(
                "date", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).toString());
        String day = (String) api.call(HttpMethod.POST, "/api/regional-days", TEAM, inTwoDays)
                .getBody()
                .get("id");
        api.call(HttpMethod.POST, RegistrationApi.days(day, "/open"), TEAM, null);
        api.registered(TEAM, day, "reminded@example.org");
        String cancelled = api.registered(TEAM, day, "not-reminded@example.org");
        api.call(HttpMethod.POST, RegistrationApi.registration(day, cancelled, "/cancel"), TEAM, null);
        String date = (String) inTwoDays.get("date");
        new WorkshopEvents(workshopEvents, json)
                .planAndSchedule(
                        day, "reminded-" + day, "Accès aux droits", date + "T14:00:00", date + "T15:30:00", "Salle 2");

        reminders.remindTheComingDays();
        reminders.remindTheComingDays();

        List<MimeMessage> toReminded = awaitMails("reminded@example.org", 2);
        assertThat(toReminded)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Votre inscription est confirmée — Journée régionale",
                        "Rappel : votre journée régionale approche — Journée régionale");
        MimeMessage reminder = toReminded.stream()
                .filter(mail -> subject(mail).startsWith("Rappel"))
                .findFirst()
                .orElseThrow();
        assertThat(text(reminder, "text/plain"))
                .contains("Programme :", "- 14h00–15h30 · Accès aux droits · Salle 2", "/mon-inscription/?lien=");
        awaitMails("not-reminded@example.org", 2);
        assertThat(TestMailServer.receivedBy("not-reminded@example.org"))
                .extracting(MimeMessage::getSubject)
                .noneMatch(subject -> subject.startsWith("Rappel"));
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        return TestMailServer.awaitMails(address, count, MAIL);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part, String type) throws Exception {
        return TestMailServer.text(part, type);
    }
}
