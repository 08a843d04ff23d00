package org.mediation.resource.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.resource.ResourceServiceTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ResourceApiTest extends ResourceServiceTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");
    static final String IDF = Tokens.regionalTeam("FR-IDF");

    @Test
    void a_published_resource_reads_back_with_the_issue_field_names() {
        Map<String, Object> body = new HashMap<>(resource("Médiation et numérique", "BOOK", "ACCESS_TO_RIGHTS"));
        body.put("isbn", "978-2-7071-7413-0");
        ResponseEntity<Map<String, Object>> created = call(HttpMethod.POST, "/api/resources", HDF, body);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/resources/" + id);
        Map<String, Object> read =
                call(HttpMethod.GET, "/api/resources/" + id, HDF, null).getBody();
        assertThat(read)
                .containsKeys(
                        "id",
                        "kind",
                        "title",
                        "authors",
                        "publisher",
                        "year",
                        "themeCodes",
                        "originRegion",
                        "shared",
                        "withdrawn",
                        "requests")
                .containsEntry("kind", "BOOK")
                .containsEntry("themeCodes", List.of("ACCESS_TO_RIGHTS"))
                .containsEntry("originRegion", "FR-HDF")
                .containsEntry("shared", false)
                .containsEntry("withdrawn", false)
                .containsEntry("requests", 0)
                .containsEntry("isbn", "9782707174130");
    }

    @Test
    void bad_input_is_a_400_problem() {
        assertProblem(call(HttpMethod.POST, "/api/resources", HDF, "{not json"), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, "/api/resources", HDF, resource("Livre", "BOOK", "ASTROLOGY")),
                HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, "/api/resources", HDF, resource("Livre", "POSTER", "ENVIRONMENT")),
                HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, "/api/resources", HDF, resource("Livre", "BOOK")), HttpStatus.BAD_REQUEST);
        Map<String, Object> badIsbn = new HashMap<>(resource("Livre", "BOOK", "ENVIRONMENT"));
        badIsbn.put("isbn", "978-2-7071-7413-9");
        assertProblem(call(HttpMethod.POST, "/api/resources", HDF, badIsbn), HttpStatus.BAD_REQUEST);
        Map<String, Object> badUrl = new HashMap<>(resource("Livre", "BOOK", "ENVIRONMENT"));
        badUrl.put("url", "javascript:alert(1)");
        assertProblem(call(HttpMethod.POST, "/api/resources", HDF, badUrl), HttpStatus.BAD_REQUEST);
        Map<String, Object> badYear = new HashMap<>(resource("Livre", "BOOK", "ENVIRONMENT"));
        badYear.put("year", 20190);
        assertProblem(call(HttpMethod.POST, "/api/resources", HDF, badYear), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, "/api/resources?themeCode=ASTROLOGY", HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, "/api/resources?size=0", HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.GET, "/api/resources?page=2147483647", HDF, null), HttpStatus.BAD_REQUEST);
    }

    @Test
    void no_token_is_401_and_only_regional_teams_publish() {
        assertProblem(call(HttpMethod.GET, "/api/resources", null, null), HttpStatus.UNAUTHORIZED);
        assertProblem(call(HttpMethod.GET, "/api/resources", "not-a-token", null), HttpStatus.UNAUTHORIZED);
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/resources",
                        Tokens.nationalOffice(),
                        resource("Livre", "BOOK", "ENVIRONMENT")),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void a_region_never_sees_another_region_unshared_resource() {
        String id = publish(HDF, "Fiche non partagée", "EXPERIENCE_SHEET", "MEDIATION_NETWORK");

        assertProblem(call(HttpMethod.GET, "/api/resources/" + id, IDF, null), HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.POST, "/api/resources/" + id + "/share", IDF, null), HttpStatus.NOT_FOUND);
        assertThat(titles("/api/resources?q=non+partag", IDF)).doesNotContain("Fiche non partagée");
        assertThat(titles("/api/resources?q=non+partag", HDF)).contains("Fiche non partagée");
        assertThat(titles("/api/resources?q=non+partag", Tokens.nationalOffice()))
                .contains("Fiche non partagée");
        assertThat(call(HttpMethod.GET, "/api/resources/" + id, Tokens.operator(), null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_shared_resource_is_seen_by_every_region_but_changed_only_by_its_origin() {
        String id = publish(HDF, "Fiche partagée entre régions", "EXPERIENCE_SHEET", "MEDIATION_NETWORK");

        Map<String, Object> shared = call(HttpMethod.POST, "/api/resources/" + id + "/share", HDF, null)
                .getBody();

        assertThat(shared).containsEntry("shared", true);
        assertThat(call(HttpMethod.GET, "/api/resources/" + id, IDF, null).getBody())
                .containsEntry("shared", true);
        assertThat(titles("/api/resources?q=PARTAGÉE+ENTRE", IDF)).contains("Fiche partagée entre régions");
        assertProblem(
                call(HttpMethod.PUT, "/api/resources/" + id, IDF, resource("Détournée", "BOOK", "ENVIRONMENT")),
                HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.POST, "/api/resources/" + id + "/withdraw", IDF, null), HttpStatus.FORBIDDEN);
        assertProblem(call(HttpMethod.POST, "/api/resources/" + id + "/share", HDF, null), HttpStatus.CONFLICT);
    }

    @Test
    void the_origin_region_revises_then_withdraws() {
        String id = publish(HDF, "Première version", "TOOLKIT", "MEDIATOR_TRAINING");

        Map<String, Object> revised = call(
                        HttpMethod.PUT,
                        "/api/resources/" + id,
                        HDF,
                        resource("Seconde version", "TOOLKIT", "MEDIATOR_TRAINING", "ENVIRONMENT"))
                .getBody();
        assertThat(revised)
                .containsEntry("title", "Seconde version")
                .containsEntry("themeCodes", List.of("MEDIATOR_TRAINING", "ENVIRONMENT"));

        assertThat(call(HttpMethod.POST, "/api/resources/" + id + "/withdraw", HDF, null)
                        .getBody())
                .containsEntry("withdrawn", true);
        assertProblem(call(HttpMethod.POST, "/api/resources/" + id + "/withdraw", HDF, null), HttpStatus.CONFLICT);
        assertProblem(
                call(HttpMethod.PUT, "/api/resources/" + id, HDF, resource("Trop tard", "TOOLKIT", "ENVIRONMENT")),
                HttpStatus.CONFLICT);
        assertThat(titles("/api/resources?q=Seconde+version", HDF)).doesNotContain("Seconde version");
        assertThat(titles("/api/resources?q=Seconde+version&includeWithdrawn=true", HDF))
                .contains("Seconde version");
    }

    @Test
    void the_catalogue_filters_by_theme_kind_and_text_and_pages() {
        String marker = "Catalogue" + System.nanoTime();
        publish(HDF, marker + " vidéo environnement", "VIDEO", "ENVIRONMENT");
        publish(HDF, marker + " livre environnement", "BOOK", "ENVIRONMENT");
        publish(HDF, marker + " livre réseau", "BOOK", "MEDIATION_NETWORK");

        assertThat(titles("/api/resources?q=" + marker + "&themeCode=ENVIRONMENT", HDF))
                .hasSize(2);
        assertThat(titles("/api/resources?q=" + marker + "&kind=BOOK&themeCode=ENVIRONMENT", HDF))
                .containsExactly(marker + " livre environnement");
        assertThat(titles("/api/resources?q=centre+de+ressources+HAUTS&size=100", HDF))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(titles("/api/resources?q=" + marker + ".*", HDF))
                .as("the query is quoted, not a regex")
                .isEmpty();
        Map<String, Object> page = call(HttpMethod.GET, "/api/resources?q=" + marker + "&size=2&page=1", HDF, null)
                .getBody();
        assertThat(page)
                .containsEntry("totalElements", 3)
                .containsEntry("page", 1)
                .containsEntry("size", 2);
        assertThat((List<?>) page.get("content")).hasSize(1);
    }

    @Test
    void an_unknown_resource_is_404() {
        assertProblem(call(HttpMethod.GET, "/api/resources/nope", HDF, null), HttpStatus.NOT_FOUND);
        assertProblem(
                call(HttpMethod.PUT, "/api/resources/nope", HDF, resource("Livre", "BOOK", "ENVIRONMENT")),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void the_api_docs_are_open() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/resources", "/api/regional-days/{dayId}/stand");
    }

    @SuppressWarnings("unchecked")
    List<String> titles(String path, String token) {
        ResponseEntity<Map<String, Object>> page = call(HttpMethod.GET, path, token, null);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) page.getBody().get("content"))
                .stream().map(resource -> (String) resource.get("title")).toList();
    }
}
