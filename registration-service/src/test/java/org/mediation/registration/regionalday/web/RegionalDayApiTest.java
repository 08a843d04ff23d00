package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.assertProblem;
import static org.mediation.registration.RegistrationApi.day;
import static org.mediation.registration.RegistrationApi.participant;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RegionalDayApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final String IDF = Tokens.regionalTeam("FR-IDF");

    @Autowired
    TestRestTemplate http;

    @Test
    void a_day_fills_then_waitlists_in_order_of_arrival() {
        String dayId = scheduleOpenDay(2);

        assertThat(register(dayId, "ada@example.org").getBody()).containsEntry("status", "CONFIRMED");
        assertThat(register(dayId, "bob@example.org").getBody()).containsEntry("status", "CONFIRMED");
        ResponseEntity<Map<String, Object>> third = register(dayId, "cy@example.org");

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(third.getBody()).containsEntry("status", "WAITLISTED").containsKey("id");
        Map<String, Object> day =
                call(HttpMethod.GET, "/api/regional-days/" + dayId, HDF, null).getBody();
        assertThat(day)
                .containsEntry("confirmed", 2)
                .containsEntry("waitlisted", 1)
                .containsEntry("status", "OPEN");
    }

    @Test
    void the_same_email_cannot_register_twice_for_one_day() {
        String dayId = scheduleOpenDay(10);
        register(dayId, "Ada@Example.org");

        ResponseEntity<Map<String, Object>> again = register(dayId, "ada@example.ORG");

        assertProblem(again, HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("already registered");
    }

    @Test
    void registration_needs_an_open_day() {
        String dayId = (String) call(HttpMethod.POST, "/api/regional-days", HDF, day("FR-HDF", 10))
                .getBody()
                .get("id");

        assertProblem(register(dayId, "early@example.org"), HttpStatus.CONFLICT);
    }

    @Test
    void bad_input_is_a_400_problem() {
        assertProblem(call(HttpMethod.POST, "/api/regional-days", HDF, "{not json"), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, "/api/regional-days", HDF, day("FR-HDF", 0)), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, "/api/regional-days", HDF, day("FR-HDF", 100_001)), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, "/api/regional-days", HDF, day("FR-XYZ", 5)), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days", HDF, Map.of("region", "FR-HDF", "title", "No date")),
                HttpStatus.BAD_REQUEST);
        String dayId = scheduleOpenDay(5);
        Map<String, Object> unknownCategory = participant("x@example.org");
        unknownCategory.put("category", "ASTRONAUT");
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days/" + dayId + "/registrations", HDF, unknownCategory),
                HttpStatus.BAD_REQUEST);
        unknownCategory.put("category", 1);
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days/" + dayId + "/registrations", HDF, unknownCategory),
                HttpStatus.BAD_REQUEST);
        Map<String, Object> noEmail = participant("x@example.org");
        noEmail.remove("email");
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days/" + dayId + "/registrations", HDF, noEmail),
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_days_of_a_region_come_in_bounded_pages() {
        scheduleOpenDay(5);
        scheduleOpenDay(5);

        ResponseEntity<Map<String, Object>> tooLarge =
                call(HttpMethod.GET, "/api/regional-days?region=FR-HDF&size=501", HDF, null);
        ResponseEntity<Map<String, Object>> beyond =
                call(HttpMethod.GET, "/api/regional-days?region=FR-HDF&page=4294968&size=500", HDF, null);
        String one = api().text("/api/regional-days?region=FR-HDF&size=1", HDF).getBody();

        assertProblem(tooLarge, HttpStatus.BAD_REQUEST);
        assertProblem(beyond, HttpStatus.BAD_REQUEST);
        assertThat(one.split("\"id\"")).hasSize(2);
    }

    @Test
    void no_token_is_401_and_another_region_is_403() {
        assertProblem(call(HttpMethod.POST, "/api/regional-days", null, day("FR-HDF", 5)), HttpStatus.UNAUTHORIZED);
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days", "not-a-token", day("FR-HDF", 5)), HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.POST, "/api/regional-days", IDF, day("FR-HDF", 5)), HttpStatus.FORBIDDEN);
        String dayId = scheduleOpenDay(5);
        assertProblem(call(HttpMethod.GET, "/api/regional-days/" + dayId, IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days/" + dayId + "/registrations", IDF, participant("a@b.org")),
                HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, "/api/regional-days/" + dayId, Tokens.nationalOffice(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void an_unknown_day_is_404() {
        assertProblem(call(HttpMethod.GET, "/api/regional-days/nope", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                call(HttpMethod.POST, "/api/regional-days/nope/registrations", HDF, participant("a@b.org")),
                HttpStatus.NOT_FOUND);
    }

    private String scheduleOpenDay(int capacity) {
        return api().scheduleOpenDay(HDF, "FR-HDF", capacity);
    }

    private ResponseEntity<Map<String, Object>> register(String dayId, String email) {
        return api().register(HDF, dayId, email);
    }

    private ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String token, Object body) {
        return api().call(method, path, token, body);
    }

    private RegistrationApi api() {
        return new RegistrationApi(http);
    }
}
