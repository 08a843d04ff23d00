package org.mediation.workshop.workshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.workshop.WorkshopHttpTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** HTTP codes, problem details and cross-region authorisation. */
class WorkshopApiTest extends WorkshopHttpTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");
    static final String IDF = Tokens.regionalTeam("FR-IDF");

    @Test
    void the_theme_catalogue_starts_with_the_five_seed_themes_in_english_and_french() {
        List<Map<String, Object>> themes = list("/api/themes", Tokens.nationalOffice());

        assertThat(themes)
                .extracting(theme -> theme.get("code"))
                .startsWith(
                        "ACCESS_TO_RIGHTS",
                        "MEDIATOR_TRAINING",
                        "MEDIATION_NETWORK",
                        "ENVIRONMENT",
                        "TERRITORIAL_INTEGRATION");
        assertThat(themes.get(0))
                .containsEntry("label", "Access to rights and digital exclusion")
                .containsEntry("labelFr", "Accès aux droits et illectronisme");
    }

    @Test
    void every_string_and_list_of_a_request_is_bounded_at_the_web_layer() {
        String workshopId = planWorkshop(HDF, knownDay("FR-HDF"), 30);
        String contributions = "/api/workshops/" + workshopId + "/contributions";

        assertProblem(
                call(HttpMethod.POST, contributions, HDF, Map.of("kind", "FINDING", "text", "x".repeat(4001))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(
                        HttpMethod.POST,
                        contributions,
                        HDF,
                        Map.of("kind", "FINDING", "text", "Constat", "tags", java.util.Collections.nCopies(21, "t"))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/workshops/" + workshopId + "/facilitators",
                        HDF,
                        Map.of("name", "n".repeat(201), "organisation", "AMS")),
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_workshop_is_planned_for_a_known_day_and_shows_exactly_the_documented_fields() {
        String day = knownDay("FR-HDF");

        String workshopId = planWorkshop(HDF, day, 30);

        Map<String, Object> workshop =
                call(HttpMethod.GET, "/api/workshops/" + workshopId, HDF, null).getBody();
        assertThat(workshop)
                .containsOnlyKeys(
                        "id",
                        "regionalDayId",
                        "region",
                        "themeCode",
                        "title",
                        "capacity",
                        "enrolled",
                        "facilitators",
                        "speakers",
                        "rapporteur",
                        "reportStatus",
                        "contributions",
                        "startsAt",
                        "endsAt",
                        "room")
                .containsEntry("region", "FR-HDF")
                .containsEntry("regionalDayId", day)
                .containsEntry("enrolled", 0)
                .containsEntry("reportStatus", "DRAFT");
        assertThat(list("/api/workshops?regionalDayId=" + day, Tokens.rapporteur("julie", "FR-HDF")))
                .extracting(planned -> planned.get("id"))
                .containsExactly(workshopId);
    }

    @Test
    void the_workshops_of_a_day_come_in_pages_of_at_most_10() {
        String day = knownDay("FR-HDF");
        String first = planWorkshop(HDF, day, 5);
        String second = planWorkshop(HDF, day, 5);
        String path = "/api/workshops?regionalDayId=" + day;

        assertThat(list(path, HDF)).hasSize(2);
        assertThat(list(path + "&page=0&size=1", HDF))
                .extracting(planned -> planned.get("id"))
                .containsExactly(first.compareTo(second) < 0 ? first : second);
        assertThat(list(path + "&page=1&size=1", HDF))
                .extracting(planned -> planned.get("id"))
                .containsExactly(first.compareTo(second) < 0 ? second : first);
        assertProblem(call(HttpMethod.GET, path + "&size=11", HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, path + "&page=-1", HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, path + "&page=2147483647&size=10", HDF, null), HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_workshop_for_a_day_not_known_yet_is_a_409() {
        ResponseEntity<Map<String, Object>> refused = call(
                HttpMethod.POST,
                "/api/workshops",
                HDF,
                Map.of(
                        "regionalDayId",
                        "not-yet",
                        "themeCode",
                        "ENVIRONMENT",
                        "title",
                        "Environnement",
                        "capacity",
                        5));

        assertProblem(refused, HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("regional day not known yet");
    }

    @Test
    void another_region_is_refused_everywhere_and_the_national_office_only_reads() {
        String day = knownDay("FR-HDF");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/workshops",
                        IDF,
                        Map.of("regionalDayId", day, "themeCode", "ENVIRONMENT", "title", "Env", "capacity", 5)),
                HttpStatus.FORBIDDEN);
        String workshopId = planWorkshop(HDF, day, 5);
        String path = "/api/workshops/" + workshopId;
        Map<String, String> contribution = Map.of("kind", "FINDING", "text", "Constat");

        assertProblem(call(HttpMethod.GET, path, IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.GET, "/api/workshops?regionalDayId=" + day, IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.POST, path + "/facilitators", IDF, Map.of("name", "A", "organisation", "B")),
                HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.POST, path + "/contributions", IDF, contribution), HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.POST, path + "/report/submit", IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.PUT, path + "/rapporteur", IDF, Map.of("userId", "x", "name", "X")),
                HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, path, Tokens.nationalOffice(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.GET, path, Tokens.operator(), null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(
                call(HttpMethod.POST, path + "/contributions", Tokens.nationalOffice(), contribution),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void only_the_assigned_rapporteur_of_that_region_records_besides_the_regional_team() {
        String workshopId = planWorkshop(HDF, knownDay("FR-HDF"), 5);
        String path = "/api/workshops/" + workshopId;
        call(HttpMethod.PUT, path + "/rapporteur", HDF, Map.of("userId", "julie", "name", "Julie Martin"));
        Map<String, String> contribution = Map.of("kind", "FINDING", "text", "Constat");

        assertProblem(
                call(HttpMethod.POST, path + "/contributions", Tokens.rapporteur("paul", "FR-HDF"), contribution),
                HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.POST, path + "/contributions", Tokens.rapporteur("julie", "FR-IDF"), contribution),
                HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.POST, path + "/report/publish", Tokens.rapporteur("julie", "FR-HDF"), null),
                HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.POST, path + "/contributions", Tokens.rapporteur("julie", "FR-HDF"), contribution)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(call(HttpMethod.POST, path + "/contributions", HDF, contribution)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void the_regional_team_of_the_day_s_region_removes_a_facilitator_by_id() {
        String path = "/api/workshops/" + planWorkshop(HDF, knownDay("FR-HDF"), 5);
        String claire = personId(
                call(HttpMethod.POST, path + "/facilitators", HDF, Map.of("name", "Claire", "organisation", "AMS")),
                "facilitators");

        assertProblem(call(HttpMethod.DELETE, path + "/facilitators/" + claire, IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(
                call(HttpMethod.DELETE, path + "/facilitators/" + claire, Tokens.rapporteur("julie", "FR-HDF"), null),
                HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.DELETE, path + "/speakers/" + claire, HDF, null), HttpStatus.NOT_FOUND);
        assertThat(call(HttpMethod.DELETE, path + "/facilitators/" + claire, HDF, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(call(HttpMethod.GET, path, HDF, null).getBody()).containsEntry("facilitators", List.of());
        assertProblem(call(HttpMethod.DELETE, path + "/facilitators/" + claire, HDF, null), HttpStatus.NOT_FOUND);
    }

    @Test
    void the_eleventh_facilitator_is_a_409_problem_naming_the_limit() {
        String path = "/api/workshops/" + planWorkshop(HDF, knownDay("FR-HDF"), 5) + "/facilitators";
        for (int i = 0; i < 10; i++) {
            assertThat(call(HttpMethod.POST, path, HDF, Map.of("name", "Person " + i, "organisation", "AMS"))
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }

        ResponseEntity<Map<String, Object>> refused =
                call(HttpMethod.POST, path, HDF, Map.of("name", "Person 10", "organisation", "AMS"));

        assertProblem(refused, HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("10 facilitators");
    }

    @Test
    void enrolment_is_refused_when_not_confirmed_full_or_already_enrolled() {
        String day = knownDay("FR-HDF");
        String first = confirmedRegistration(day);
        String second = confirmedRegistration(day);
        String otherDaysRegistration = confirmedRegistration(knownDay("FR-HDF"));
        String path = "/api/workshops/" + planWorkshop(HDF, day, 1) + "/enrolments";

        assertThat(call(HttpMethod.POST, path, HDF, Map.of("registrationId", first))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertProblem(call(HttpMethod.POST, path, HDF, Map.of("registrationId", first)), HttpStatus.CONFLICT);
        assertProblem(call(HttpMethod.POST, path, HDF, Map.of("registrationId", second)), HttpStatus.CONFLICT);
        assertProblem(
                call(HttpMethod.POST, path, HDF, Map.of("registrationId", otherDaysRegistration)), HttpStatus.CONFLICT);
        assertProblem(call(HttpMethod.POST, path, HDF, Map.of("registrationId", "unknown")), HttpStatus.CONFLICT);
    }

    @Test
    void bad_input_is_a_400_problem_and_unknown_things_404() {
        String day = knownDay("FR-HDF");
        assertProblem(call(HttpMethod.POST, "/api/workshops", HDF, "{not json"), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/workshops",
                        HDF,
                        Map.of("regionalDayId", day, "themeCode", "ASTROLOGY", "title", "T", "capacity", 5)),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/workshops",
                        HDF,
                        Map.of("regionalDayId", day, "themeCode", "ENVIRONMENT", "title", "T", "capacity", 0)),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, "/api/workshops", HDF, Map.of("regionalDayId", day)), HttpStatus.BAD_REQUEST);
        String path = "/api/workshops/" + planWorkshop(HDF, day, 5);
        assertProblem(
                call(HttpMethod.POST, path + "/contributions", HDF, Map.of("kind", "RUMOUR", "text", "x")),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(
                        HttpMethod.POST,
                        path + "/contributions",
                        HDF,
                        Map.of("kind", "FINDING", "text", "x".repeat(4001))),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, path + "/facilitators", HDF, Map.of("name", "Claire")), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, path + "/report/reopen", HDF, Map.of()), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, "/api/workshops/nope", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                call(HttpMethod.PUT, path + "/contributions/nope", HDF, Map.of("kind", "FINDING", "text", "x")),
                HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.DELETE, path + "/contributions/nope", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.GET, "/api/workshops?regionalDayId=nope", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.POST, path + "/report/submit", HDF, null), HttpStatus.CONFLICT);
    }

    @Test
    void no_or_an_invalid_token_is_a_401_problem() {
        assertProblem(call(HttpMethod.GET, "/api/themes", null, null), HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.GET, "/api/themes", "not-a-token", null), HttpStatus.UNAUTHORIZED);
    }

    @SuppressWarnings("unchecked")
    static String personId(ResponseEntity<Map<String, Object>> workshop, String role) {
        assertThat(workshop.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (String) ((List<Map<String, Object>>) workshop.getBody().get(role))
                .get(0)
                .get("id");
    }
}
