package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.assertProblem;
import static org.mediation.registration.RegistrationApi.registration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationEventsTopic;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The welcome desk undoes a mistaken check-in: {@code DELETE …/check-in}, answered as the check-in is. */
class UndoCheckInApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final String IDF = Tokens.regionalTeam("FR-IDF");

    @Autowired
    TestRestTemplate http;

    RegistrationApi api;

    @BeforeEach
    void api() {
        api = new RegistrationApi(http);
    }

    @Test
    void an_undone_check_in_is_200_and_no_longer_counts() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String id = api.registered(HDF, dayId, "mistaken@example.org");
        checkIn(dayId, id);

        ResponseEntity<Map<String, Object>> undone = undo(dayId, id);

        assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(undone.getBody())
                .containsEntry("id", id)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("checkedIn", false)
                .doesNotContainKeys("firstName", "lastName", "email", "organisation");
        assertThat(api.day(HDF, dayId)).containsEntry("checkedIn", 0);
        assertThat(api.call(HttpMethod.GET, registration(dayId, id, ""), HDF, null)
                        .getBody())
                .containsEntry("checkedIn", false);
    }

    @Test
    void undoing_a_check_in_that_does_not_stand_is_200_again_and_changes_nothing() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String never = api.registered(HDF, dayId, "never@example.org");
        String twice = api.registered(HDF, dayId, "twice@example.org");
        checkIn(dayId, twice);
        undo(dayId, twice);

        ResponseEntity<Map<String, Object>> notCheckedIn = undo(dayId, never);
        ResponseEntity<Map<String, Object>> again = undo(dayId, twice);

        assertThat(notCheckedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(notCheckedIn.getBody()).containsEntry("checkedIn", false);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("checkedIn", false);
        assertThat(api.day(HDF, dayId)).containsEntry("checkedIn", 0).containsEntry("confirmed", 2);
    }

    @Test
    void after_an_undo_the_participant_checks_in_again_or_cancels() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 2);
        String back = api.registered(HDF, dayId, "back@example.org");
        String leaving = api.registered(HDF, dayId, "leaving@example.org");
        checkIn(dayId, back);
        checkIn(dayId, leaving);
        undo(dayId, back);
        undo(dayId, leaving);

        ResponseEntity<Map<String, Object>> checkedInAgain = checkIn(dayId, back);
        ResponseEntity<Map<String, Object>> cancelled =
                api.call(HttpMethod.POST, registration(dayId, leaving, "/cancel"), HDF, null);

        assertThat(checkedInAgain.getBody()).containsEntry("checkedIn", true);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(api.day(HDF, dayId))
                .containsEntry("checkedIn", 1)
                .containsEntry("confirmed", 1)
                .containsEntry("cancelled", 1);
    }

    @Test
    void the_undo_is_published_with_the_number_of_the_check_in_it_undoes() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String id = api.registered(HDF, dayId, "numbered@example.org");
        checkIn(dayId, id);
        undo(dayId, id);
        checkIn(dayId, id);

        List<JsonNode> events = RegistrationEventsTopic.awaitEvents(dayId, 6, Duration.ofSeconds(30));

        assertThat(events)
                .extracting(event -> event.path("type").asText())
                .containsSubsequence(
                        "registration.ParticipantCheckedIn.v1",
                        "registration.CheckInUndone.v1",
                        "registration.ParticipantCheckedIn.v1");
        assertThat(events)
                .filteredOn(event -> event.path("type").asText().equals("registration.CheckInUndone.v1"))
                .singleElement()
                .satisfies(undone -> assertThat(
                                undone.path("data").path("undoneCheckIn").asInt())
                        .isEqualTo(1));
        assertThat(events)
                .filteredOn(event -> event.path("type").asText().equals("registration.ParticipantCheckedIn.v1"))
                .extracting(event -> event.path("data").path("checkIn").asInt())
                .containsExactly(1, 2);
    }

    @Test
    void another_region_is_403_and_an_unknown_registration_404_as_problems() {
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        String id = api.registered(HDF, dayId, "here@example.org");
        checkIn(dayId, id);

        assertProblem(
                api.call(HttpMethod.DELETE, registration(dayId, id, "/check-in"), IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(undo(dayId, "nobody"), HttpStatus.NOT_FOUND);
        assertProblem(
                api.call(HttpMethod.DELETE, registration("no-such-day", id, "/check-in"), HDF, null),
                HttpStatus.NOT_FOUND);
        assertThat(api.day(HDF, dayId)).containsEntry("checkedIn", 1);
    }

    private ResponseEntity<Map<String, Object>> checkIn(String dayId, String id) {
        return api.call(HttpMethod.POST, registration(dayId, id, "/check-in"), HDF, null);
    }

    private ResponseEntity<Map<String, Object>> undo(String dayId, String id) {
        return api.call(HttpMethod.DELETE, registration(dayId, id, "/check-in"), HDF, null);
    }
}
