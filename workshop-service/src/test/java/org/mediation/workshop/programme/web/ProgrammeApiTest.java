package org.mediation.workshop.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.workshop.WorkshopHttpTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Schedules over HTTP, the room rule as a 409, the programme as JSON, and their problems. */
class ProgrammeApiTest extends WorkshopHttpTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");
    static final String IDF = Tokens.regionalTeam("FR-IDF");
    static final String ROOM = "Salle Jean Moulin";

    @Test
    void a_scheduled_workshop_shows_its_times_and_room_where_it_is_read() {
        String day = knownDay("FR-HDF");
        String workshopId = planWorkshop(HDF, day, 30);

        ResponseEntity<Map<String, Object>> scheduled = schedule(HDF, workshopId, "09:30", "11:00", ROOM);

        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scheduled.getBody())
                .containsEntry("startsAt", SAMPLE_DATE + "T09:30:00")
                .containsEntry("endsAt", SAMPLE_DATE + "T11:00:00")
                .containsEntry("room", ROOM)
                .containsEntry("title", "Accès aux droits");
        assertThat(call(HttpMethod.GET, "/api/workshops/" + workshopId, HDF, null)
                        .getBody())
                .isEqualTo(scheduled.getBody());
        assertThat(list("/api/workshops?regionalDayId=" + day, HDF)).containsExactly(scheduled.getBody());
    }

    @Test
    void the_same_room_at_overlapping_times_is_a_409_naming_the_workshop_that_holds_it() {
        String day = knownDay("FR-HDF");
        String plenary = planWorkshop(HDF, day, "Réseau de la médiation sociale", 30);
        String other = planWorkshop(HDF, day, 30);
        schedule(HDF, plenary, "10:00", "11:00", ROOM);

        ResponseEntity<Map<String, Object>> refused = schedule(HDF, other, "10:30", "11:30", "salle jean moulin");

        assertProblem(refused, HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail"))
                .contains("Réseau de la médiation sociale")
                .contains(plenary)
                .contains("10:00 to 11:00");
        assertThat(schedule(HDF, other, "11:00", "12:00", ROOM).getStatusCode())
                .as("back to back in the same room")
                .isEqualTo(HttpStatus.OK);
        assertThat(schedule(HDF, other, "10:00", "11:00", "Salle Louise Michel").getStatusCode())
                .as("at the same time in another room")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void rescheduling_frees_the_previous_slot() {
        String day = knownDay("FR-HDF");
        String first = planWorkshop(HDF, day, 30);
        String second = planWorkshop(HDF, day, 30);
        schedule(HDF, first, "10:00", "11:00", ROOM);
        assertProblem(schedule(HDF, second, "10:00", "11:00", ROOM), HttpStatus.CONFLICT);

        assertThat(schedule(HDF, first, "14:00", "15:00", ROOM).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(schedule(HDF, second, "10:00", "11:00", ROOM).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void the_programme_lists_the_day_s_workshops_by_start_then_title_those_without_times_last() {
        String day = knownDay("FR-HDF");
        String unscheduled = planWorkshop(HDF, day, "Aaa, sans horaire", 30);
        String late = planWorkshop(HDF, day, "Bbb", 30);
        String atTenB = planWorkshop(HDF, day, "Environnement", 30);
        String atTenA = planWorkshop(HDF, day, "Accès aux droits", 30);
        schedule(HDF, late, "14:00", "15:00", ROOM);
        schedule(HDF, atTenB, "10:00", "11:00", ROOM);
        schedule(HDF, atTenA, "10:00", "11:00", "Salle Louise Michel");

        Map<String, Object> programme = call(
                        HttpMethod.GET, "/api/regional-days/" + day + "/programme", Tokens.nationalOffice(), null)
                .getBody();

        assertThat(programme)
                .containsEntry("regionalDayId", day)
                .containsEntry("date", SAMPLE_DATE)
                .containsEntry("venue", SAMPLE_VENUE);
        assertThat(workshops(programme))
                .extracting(workshop -> workshop.get("id"))
                .containsExactly(atTenA, atTenB, late, unscheduled);
        assertThat(workshops(programme).get(0))
                .containsEntry("title", "Accès aux droits")
                .containsEntry("themeCode", "ACCESS_TO_RIGHTS")
                .containsEntry("startsAt", SAMPLE_DATE + "T10:00:00")
                .containsEntry("endsAt", SAMPLE_DATE + "T11:00:00")
                .containsEntry("room", "Salle Louise Michel");
    }

    @Test
    void bad_times_or_rooms_are_400_problems() {
        String workshopId = planWorkshop(HDF, knownDay("FR-HDF"), 30);
        String path = "/api/workshops/" + workshopId + "/schedule";

        assertProblem(schedule(HDF, workshopId, "11:00", "10:00", ROOM), HttpStatus.BAD_REQUEST);
        assertProblem(schedule(HDF, workshopId, "10:00", null, ROOM), HttpStatus.BAD_REQUEST);
        assertProblem(schedule(HDF, workshopId, "10:00", "11:00", "x".repeat(101)), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.PUT, path, HDF, Map.of("startsAt", "2019-12-05T10:00", "endsAt", "2019-12-05T11:00")),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.PUT, path, HDF, Map.of("startsAt", "04/12/2019 10:00", "endsAt", "2019-12-04T11:00")),
                HttpStatus.BAD_REQUEST);
        assertThat(schedule(HDF, workshopId, "23:00", "23:59", ROOM).getStatusCode())
                .as("up to the day's last minute")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void only_the_day_s_region_and_national_roles_read_the_programme_and_only_its_team_schedules() {
        String day = knownDay("FR-HDF");
        String workshopId = planWorkshop(HDF, day, 30);
        String programme = "/api/regional-days/" + day + "/programme";

        assertProblem(schedule(IDF, workshopId, "10:00", "11:00", ROOM), HttpStatus.FORBIDDEN);
        assertProblem(
                schedule(Tokens.rapporteur("julie", "FR-HDF"), workshopId, "10:00", "11:00", ROOM),
                HttpStatus.FORBIDDEN);
        assertProblem(schedule(HDF, "no-such-workshop", "10:00", "11:00", ROOM), HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.GET, programme, IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.GET, programme + ".ics", Tokens.rapporteur("paul", "FR-IDF"), null),
                HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.GET, "/api/regional-days/no-such-day/programme", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                call(HttpMethod.GET, "/api/regional-days/no-such-day/programme.ics", HDF, null), HttpStatus.NOT_FOUND);
        for (String reader :
                List.of(HDF, Tokens.rapporteur("julie", "FR-HDF"), Tokens.nationalOffice(), Tokens.operator())) {
            assertThat(call(HttpMethod.GET, programme, reader, null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> workshops(Map<String, Object> programme) {
        return (List<Map<String, Object>>) programme.get("workshops");
    }
}
