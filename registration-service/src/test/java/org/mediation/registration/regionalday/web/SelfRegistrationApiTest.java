package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The public page of a day, without signing in: opened and closed by its regional team; a submission is answered
 * alike whoever sends it, registers by the day's rules, mails a person already registered instead, drops what a robot
 * filled in; the allowance per address and per day and the body limit bound what anyone can send.
 */
class SelfRegistrationApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final Duration MAIL = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void a_person_registers_on_the_public_page_by_the_days_rules_and_is_told_by_mail() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 1, 20);

        ResponseEntity<Map<String, Object>> first =
                api.registerThemselves(day, "198.51.100.1", RegistrationApi.form("public-first@example.org"));
        ResponseEntity<Map<String, Object>> second =
                api.registerThemselves(day, "198.51.100.1", RegistrationApi.form("public-second@example.org"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(api.day(HDF, day)).containsEntry("confirmed", 1).containsEntry("waitlisted", 1);
        String mail = TestMailServer.text(
                TestMailServer.awaitMails("public-first@example.org", 1, MAIL).get(0), "text/plain");
        assertThat(mail).contains("Votre inscription est confirmée", "/mon-inscription/?lien=");
        assertThat(TestMailServer.awaitMails("public-second@example.org", 1, MAIL)
                        .get(0)
                        .getSubject())
                .startsWith("Vous êtes sur liste d'attente");
    }

    @Test
    void an_email_already_registered_gets_the_same_answer_and_its_holder_a_mail() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        ResponseEntity<Map<String, Object>> first =
                api.registerThemselves(day, "198.51.100.2", RegistrationApi.form("public-twice@example.org"));

        ResponseEntity<Map<String, Object>> again =
                api.registerThemselves(day, "198.51.100.2", RegistrationApi.form("PUBLIC-TWICE@example.org"));

        assertThat(again.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(api.day(HDF, day)).containsEntry("confirmed", 1);
        assertThat(TestMailServer.awaitMails("public-twice@example.org", 2, MAIL))
                .extracting(message -> message.getSubject())
                .containsExactly(
                        "Votre inscription est confirmée — Journée régionale",
                        "Vous êtes déjà inscrit·e — Journée régionale");
    }

    @Test
    void a_form_a_robot_filled_in_is_answered_alike_and_registers_nobody() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        Map<String, Object> robot = RegistrationApi.form("robot@example.org");
        robot.put("website", "http://spam.example");

        ResponseEntity<Map<String, Object>> answer = api.registerThemselves(day, "198.51.100.3", robot);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api.day(HDF, day)).containsEntry("confirmed", 0).containsEntry("waitlisted", 0);
    }

    @Test
    void the_privacy_notice_must_be_accepted_and_the_form_complete() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        Map<String, Object> noConsent = RegistrationApi.form("no-consent@example.org");
        noConsent.put("consent", false);
        Map<String, Object> noEmail = RegistrationApi.form("no-email@example.org");
        noEmail.remove("email");

        RegistrationApi.assertProblem(api.registerThemselves(day, "198.51.100.4", noConsent), HttpStatus.BAD_REQUEST);
        RegistrationApi.assertProblem(api.registerThemselves(day, "198.51.100.4", noEmail), HttpStatus.BAD_REQUEST);
        assertThat(api.day(HDF, day)).containsEntry("confirmed", 0);
    }

    @Test
    void a_thousand_submissions_from_one_address_register_at_most_its_allowance() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 2_000, 20);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        IntStream.range(0, 1_000).forEach(i -> {
            HttpStatus status = HttpStatus.valueOf(
                    api.registerThemselves(day, "203.0.113.9", RegistrationApi.form("flood-" + i + "@example.org"))
                            .getStatusCode()
                            .value());
            (status == HttpStatus.ACCEPTED ? accepted : refused).incrementAndGet();
            assertThat(status).isIn(HttpStatus.ACCEPTED, HttpStatus.TOO_MANY_REQUESTS);
        });

        assertThat(accepted.get()).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(980);
        assertThat(api.day(HDF, day)).containsEntry("confirmed", 20);
        ResponseEntity<Map<String, Object>> fromElsewhere =
                api.registerThemselves(day, "203.0.113.10", RegistrationApi.form("elsewhere@example.org"));
        assertThat(fromElsewhere.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void a_day_takes_at_most_its_allowance_a_minute_from_all_addresses_together() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        Map<String, Object> robot = RegistrationApi.form("many@example.org");
        robot.put("website", "filled");

        long accepted = IntStream.range(0, 130)
                .mapToObj(i -> api.registerThemselves(day, "192.0.2." + (i + 1), robot))
                .filter(answer -> answer.getStatusCode() == HttpStatus.ACCEPTED)
                .count();

        assertThat(accepted).isEqualTo(120);
        ResponseEntity<Map<String, Object>> refused = api.registerThemselves(day, "198.51.100.200", robot);
        RegistrationApi.assertProblem(refused, HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void a_body_over_8_kb_is_refused_before_it_is_read() throws Exception {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        Map<String, Object> huge = RegistrationApi.form("huge@example.org");
        huge.put("organisation", "x".repeat(9_000));

        // as a browser sends a form: its length first
        RegistrationApi.assertProblem(
                api.registerThemselves(day, "198.51.100.5", json.writeValueAsBytes(huge)),
                HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void the_public_page_is_the_regional_teams_to_open_and_close() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.schedulePublicDay(HDF, "FR-HDF", 5, 20);
        String other = Tokens.regionalTeam("FR-OCC");

        RegistrationApi.assertProblem(
                api.call(HttpMethod.POST, RegistrationApi.days(day, "/self-registration/close"), other, null),
                HttpStatus.FORBIDDEN);
        RegistrationApi.assertProblem(
                api.call(HttpMethod.POST, RegistrationApi.days(day, "/self-registration/close"), null, null),
                HttpStatus.UNAUTHORIZED);
        Map<String, Object> closed = api.call(
                        HttpMethod.POST, RegistrationApi.days(day, "/self-registration/close"), HDF, null)
                .getBody();

        assertThat((Map<String, Object>) closed.get("selfRegistration")).containsEntry("open", false);
        assertThat(api.call(HttpMethod.GET, "/api/public/regional-days/" + day, null, null)
                        .getBody())
                .containsEntry("takesRegistrations", false);
        RegistrationApi.assertProblem(
                api.registerThemselves(day, "198.51.100.6", RegistrationApi.form("late@example.org")),
                HttpStatus.CONFLICT);
    }

    @Test
    void a_closing_date_after_the_day_is_refused_and_a_day_never_opened_is_unknown_to_the_public() {
        RegistrationApi api = new RegistrationApi(http);
        String day = api.scheduleOpenDay(HDF, "FR-HDF", 5);

        RegistrationApi.assertProblem(
                api.call(
                        HttpMethod.POST,
                        RegistrationApi.days(day, "/self-registration/open"),
                        HDF,
                        Map.of("closesOn", "2019-12-05")),
                HttpStatus.CONFLICT);
        RegistrationApi.assertProblem(
                api.call(HttpMethod.GET, "/api/public/regional-days/" + day, null, null), HttpStatus.NOT_FOUND);
        RegistrationApi.assertProblem(
                api.registerThemselves(day, "198.51.100.7", RegistrationApi.form("never@example.org")),
                HttpStatus.NOT_FOUND);
    }
}
