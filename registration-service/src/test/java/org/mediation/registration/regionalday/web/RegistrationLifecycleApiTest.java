package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.assertProblem;
import static org.mediation.registration.RegistrationApi.days;
import static org.mediation.registration.RegistrationApi.registration;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Cancellation, promotion, check-in, closing and capacity through HTTP. */
class RegistrationLifecycleApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    RegistrationApi api;

    @BeforeEach
    void api() {
        api = new RegistrationApi(http);
    }

    @Test
    void cancelling_a_confirmed_registration_promotes_the_earliest_waitlisted() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String first = api.registered(HDF, dayId, "first@example.org");
        String second = api.registered(HDF, dayId, "second@example.org");
        String third = api.registered(HDF, dayId, "third@example.org");

        ResponseEntity<Map<String, Object>> cancelled =
                api.call(HttpMethod.POST, registration(dayId, first, "/cancel"), HDF, null);

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(status(dayId, second)).isEqualTo("CONFIRMED");
        assertThat(status(dayId, third)).isEqualTo("WAITLISTED");
        assertThat(api.day(HDF, dayId))
                .containsEntry("confirmed", 1)
                .containsEntry("waitlisted", 1)
                .containsEntry("cancelled", 1);
    }

    @Test
    void a_person_without_an_organisation_registers_and_reads_back_without_one() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        Map<String, Object> walkIn = RegistrationApi.participant("walk-in@example.org");
        walkIn.remove("organisation");
        ResponseEntity<Map<String, Object>> created =
                api.call(HttpMethod.POST, RegistrationApi.days(dayId, "/registrations"), HDF, walkIn);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Map<String, Object> read = api.call(
                        HttpMethod.GET,
                        RegistrationApi.registration(
                                dayId, (String) created.getBody().get("id"), ""),
                        HDF,
                        null)
                .getBody();
        assertThat(read).containsEntry("email", "walk-in@example.org").containsEntry("organisation", null);
    }

    @Test
    void cancelling_twice_is_a_409_with_a_readable_detail() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String id = api.registered(HDF, dayId, "twice@example.org");
        api.call(HttpMethod.POST, registration(dayId, id, "/cancel"), HDF, null);

        ResponseEntity<Map<String, Object>> again =
                api.call(HttpMethod.POST, registration(dayId, id, "/cancel"), HDF, null);

        assertProblem(again, HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("detail", "This registration is already cancelled.");
    }

    @Test
    void a_second_check_in_is_200_and_counts_once() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String id = api.registered(HDF, dayId, "here@example.org");

        ResponseEntity<Map<String, Object>> first =
                api.call(HttpMethod.POST, registration(dayId, id, "/check-in"), HDF, null);
        ResponseEntity<Map<String, Object>> second =
                api.call(HttpMethod.POST, registration(dayId, id, "/check-in"), HDF, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).containsEntry("checkedIn", true);
        assertThat(api.day(HDF, dayId)).containsEntry("checkedIn", 1);
    }

    @Test
    void checking_in_a_waitlisted_or_cancelled_person_is_409() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String confirmed = api.registered(HDF, dayId, "seat@example.org");
        String waitlisted = api.registered(HDF, dayId, "wait@example.org");
        ResponseEntity<Map<String, Object>> waiting =
                api.call(HttpMethod.POST, registration(dayId, waitlisted, "/check-in"), HDF, null);
        api.call(HttpMethod.POST, registration(dayId, waitlisted, "/cancel"), HDF, null);
        ResponseEntity<Map<String, Object>> cancelled =
                api.call(HttpMethod.POST, registration(dayId, waitlisted, "/check-in"), HDF, null);

        assertProblem(waiting, HttpStatus.CONFLICT);
        assertThat((String) waiting.getBody().get("detail")).contains("Only a confirmed participant can check in");
        assertProblem(cancelled, HttpStatus.CONFLICT);
        assertThat(status(dayId, confirmed)).isEqualTo("CONFIRMED");
    }

    @Test
    void raising_capacity_promotes_and_lowering_below_confirmed_is_409() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        api.registered(HDF, dayId, "a@example.org");
        String waiting = api.registered(HDF, dayId, "b@example.org");

        ResponseEntity<Map<String, Object>> raised =
                api.call(HttpMethod.PUT, days(dayId, "/capacity"), HDF, Map.of("capacity", 3, "region", "FR-IDF"));
        ResponseEntity<Map<String, Object>> lowered =
                api.call(HttpMethod.PUT, days(dayId, "/capacity"), HDF, Map.of("capacity", 1));

        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raised.getBody())
                .containsEntry("capacity", 3)
                .containsEntry("confirmed", 2)
                .containsEntry("waitlisted", 0)
                .containsEntry("region", "FR-HDF");
        assertThat(status(dayId, waiting)).isEqualTo("CONFIRMED");
        assertProblem(lowered, HttpStatus.CONFLICT);
        assertProblem(
                api.call(HttpMethod.PUT, days(dayId, "/capacity"), HDF, Map.of("capacity", 0)), HttpStatus.BAD_REQUEST);
        assertProblem(
                api.call(HttpMethod.PUT, days(dayId, "/capacity"), HDF, "{\"capacity\":"), HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_closed_day_takes_no_registration() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 5);

        ResponseEntity<Map<String, Object>> closed = api.call(HttpMethod.POST, days(dayId, "/close"), HDF, null);

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("status", "CLOSED");
        assertProblem(api.register(HDF, dayId, "late@example.org"), HttpStatus.CONFLICT);
        assertProblem(api.call(HttpMethod.POST, days(dayId, "/close"), HDF, null), HttpStatus.CONFLICT);
    }

    @Test
    void registrations_are_paged_in_order_of_arrival_and_filtered_by_status() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String first = api.registered(HDF, dayId, "p1@example.org");
        String second = api.registered(HDF, dayId, "p2@example.org");
        String third = api.registered(HDF, dayId, "p3@example.org");

        Map<String, Object> page = api.call(HttpMethod.GET, days(dayId, "/registrations?page=0&size=2"), HDF, null)
                .getBody();
        Map<String, Object> waitlisted = api.call(
                        HttpMethod.GET, days(dayId, "/registrations?status=WAITLISTED"), HDF, null)
                .getBody();

        assertThat(page).containsEntry("total", 3).containsEntry("size", 2);
        assertThat(ids(page)).containsExactly(first, second);
        assertThat(ids(waitlisted)).containsExactly(second, third);
        assertProblem(
                api.call(HttpMethod.GET, days(dayId, "/registrations?status=LOST"), HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(
                api.call(HttpMethod.GET, days(dayId, "/registrations?size=0"), HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(
                api.call(HttpMethod.GET, days(dayId, "/registrations?page=4294968&size=500"), HDF, null),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                api.call(HttpMethod.GET, days(dayId, "/registrations?size=501"), HDF, null), HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_list_gives_names_emails_and_organisations_only_when_asked_for() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String id = api.registered(HDF, dayId, "Zoe@Example.org");

        Map<String, Object> plain = item(api.call(HttpMethod.GET, days(dayId, "/registrations"), HDF, null)
                .getBody());
        Map<String, Object> asked =
                item(api.call(HttpMethod.GET, days(dayId, "/registrations?personalData=true"), HDF, null)
                        .getBody());

        assertThat(plain)
                .containsEntry("id", id)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("category", "MEDIATOR")
                .doesNotContainKeys("firstName", "lastName", "email", "organisation");
        assertThat(asked)
                .containsEntry("id", id)
                .containsEntry("firstName", "Zoé")
                .containsEntry("email", "Zoe@Example.org")
                .containsEntry("organisation", "AMS Lens");
    }

    @Test
    void a_check_in_and_a_cancellation_answer_without_personal_data() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String here = api.registered(HDF, dayId, "here@example.org");
        String gone = api.registered(HDF, dayId, "gone@example.org");

        Map<String, Object> checkedIn = api.call(HttpMethod.POST, registration(dayId, here, "/check-in"), HDF, null)
                .getBody();
        Map<String, Object> cancelled = api.call(HttpMethod.POST, registration(dayId, gone, "/cancel"), HDF, null)
                .getBody();

        assertThat(checkedIn)
                .containsEntry("id", here)
                .containsEntry("checkedIn", true)
                .doesNotContainKeys("firstName", "lastName", "email", "organisation");
        assertThat(cancelled)
                .containsEntry("id", gone)
                .containsEntry("status", "CANCELLED")
                .doesNotContainKeys("firstName", "lastName", "email", "organisation");
    }

    @Test
    void one_registration_shows_its_personal_data_to_its_team() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String id = api.registered(HDF, dayId, "Zoe@Example.org");

        Map<String, Object> details =
                api.call(HttpMethod.GET, registration(dayId, id, ""), HDF, null).getBody();

        assertThat(details)
                .containsEntry("id", id)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("checkedIn", false)
                .containsEntry("category", "MEDIATOR")
                .containsEntry("organisation", "AMS Lens")
                .containsEntry("firstName", "Zoé")
                .containsEntry("lastName", "Lefèvre, dite \"Zo\"")
                .containsEntry("email", "Zoe@Example.org");
    }

    @Test
    void unknown_registrations_are_404() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String otherDay = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String elsewhere = api.registered(HDF, otherDay, "x@example.org");

        assertProblem(api.call(HttpMethod.GET, registration(dayId, "nope", ""), HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(api.call(HttpMethod.GET, registration(dayId, elsewhere, ""), HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                api.call(HttpMethod.POST, registration(dayId, "nope", "/cancel"), HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                api.call(HttpMethod.POST, registration(dayId, "nope", "/check-in"), HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                api.call(HttpMethod.DELETE, registration(dayId, "nope", "/personal-data"), HDF, null),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void fields_the_client_must_not_set_are_ignored() {
        Map<String, Object> body = new java.util.HashMap<>(RegistrationApi.day("FR-HDF", 3));
        body.put("id", "chosen-by-client");
        body.put("status", "CLOSED");

        Map<String, Object> created =
                api.call(HttpMethod.POST, "/api/regional-days", HDF, body).getBody();

        assertThat(created.get("id")).isNotEqualTo("chosen-by-client");
        assertThat(created).containsEntry("status", "SCHEDULED");
    }

    private String status(String dayId, String registrationId) {
        return (String) api.call(HttpMethod.GET, registration(dayId, registrationId, ""), HDF, null)
                .getBody()
                .get("status");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("id")).toList();
    }
}
