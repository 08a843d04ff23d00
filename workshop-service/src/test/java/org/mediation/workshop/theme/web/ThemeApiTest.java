package org.mediation.workshop.theme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.workshop.WorkshopHttpTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The national office extends the catalogue: a theme added is listed after the others, taken by new workshops,
 * relabelled, retired (then refused to new workshops, still listed); codes are for ever; nobody else may change it.
 */
class ThemeApiTest extends WorkshopHttpTest {

    static final String NATIONAL = Tokens.nationalOffice();
    static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Test
    void the_national_office_adds_a_theme_that_workshops_take_until_it_is_retired() {
        String code = newCode();

        ResponseEntity<Map<String, Object>> added = add(code, NATIONAL);

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(added.getHeaders().getLocation()).hasPath("/api/themes/" + code);
        assertThat(list("/api/themes", HDF).get(list("/api/themes", HDF).size() - 1))
                .containsEntry("code", code)
                .containsEntry("labelFr", "Jeunesse et établissements scolaires")
                .containsEntry("label", "Youth and schools")
                .containsEntry("retired", false);
        String day = knownDay("FR-HDF");
        assertThat(plan(day, code).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> retired =
                call(HttpMethod.POST, "/api/themes/" + code + "/retire", NATIONAL, null);

        assertThat(retired.getBody()).containsEntry("retired", true);
        assertProblem(plan(day, code), HttpStatus.CONFLICT);
        assertThat(list("/api/themes", HDF))
                .extracting(theme -> theme.get("code"))
                .contains(code);
    }

    @Test
    void a_theme_is_relabelled_and_keeps_its_code() {
        String code = newCode();
        add(code, NATIONAL);

        ResponseEntity<Map<String, Object>> relabelled = call(
                HttpMethod.PUT,
                "/api/themes/" + code,
                NATIONAL,
                Map.of("labelFr", "Médiation en milieu scolaire", "labelEn", "Mediation in schools"));

        assertThat(relabelled.getBody())
                .containsEntry("code", code)
                .containsEntry("labelFr", "Médiation en milieu scolaire")
                .containsEntry("label", "Mediation in schools");
    }

    @Test
    void a_code_is_for_ever_and_must_be_capitals_and_underscores() {
        String code = newCode();
        add(code, NATIONAL);

        assertProblem(add(code, NATIONAL), HttpStatus.CONFLICT);
        assertProblem(add("ACCESS_TO_RIGHTS", NATIONAL), HttpStatus.CONFLICT);
        assertProblem(add("Youth-1", NATIONAL), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, "/api/themes", NATIONAL, Map.of("code", newCode(), "labelFr", "Jeunesse")),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.PUT, "/api/themes/NO_SUCH_THEME", NATIONAL, Map.of("labelFr", "a", "labelEn", "b")),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void only_the_national_office_changes_the_catalogue() {
        String code = newCode();

        assertProblem(add(code, HDF), HttpStatus.FORBIDDEN);
        assertProblem(add(code, Tokens.operator()), HttpStatus.FORBIDDEN);
        assertProblem(add(code, null), HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.POST, "/api/themes/ACCESS_TO_RIGHTS/retire", HDF, null), HttpStatus.FORBIDDEN);
        assertThat(list("/api/themes", NATIONAL))
                .extracting(theme -> theme.get("code"))
                .doesNotContain(code);
    }

    private ResponseEntity<Map<String, Object>> add(String code, String token) {
        return call(
                HttpMethod.POST,
                "/api/themes",
                token,
                Map.of(
                        "code",
                        code,
                        "labelFr",
                        "Jeunesse et établissements scolaires",
                        "labelEn",
                        "Youth and schools"));
    }

    private ResponseEntity<Map<String, Object>> plan(String day, String code) {
        return call(
                HttpMethod.POST,
                "/api/workshops",
                HDF,
                Map.of("regionalDayId", day, "themeCode", code, "title", "La médiation à l'école", "capacity", 30));
    }

    /** A code no other test uses: capitals only. */
    private static String newCode() {
        StringBuilder code = new StringBuilder("YOUTH_");
        ThreadLocalRandom.current().ints(10, 'A', 'Z' + 1).forEach(letter -> code.append((char) letter));
        return code.toString();
    }
}
