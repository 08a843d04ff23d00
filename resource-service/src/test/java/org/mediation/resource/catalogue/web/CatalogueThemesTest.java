package org.mediation.resource.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.resource.ResourceServiceTest;
import org.mediation.resource.catalogue.query.KnownThemes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A resource is tagged with themes of the national catalogue as this service learnt it from workshop-service. */
class CatalogueThemesTest extends ResourceServiceTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Autowired
    MongoDatabase resourceDatabase;

    @Autowired
    KnownThemes themes;

    @Test
    void before_any_theme_has_arrived_a_tagged_resource_is_a_409_to_retry_not_a_400() {
        resourceDatabase.getCollection("known_themes").drop();
        try {
            ResponseEntity<Map<String, Object>> early = call(
                    HttpMethod.POST, "/api/resources", HDF, resource("Fiche", "EXPERIENCE_SHEET", "ACCESS_TO_RIGHTS"));

            assertProblem(early, HttpStatus.CONFLICT);
            assertThat(early.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        } finally {
            SEED_THEMES.forEach(code -> themes.learn(code, "Thème " + code, code));
        }
    }

    @Test
    void a_theme_the_national_office_added_tags_resources_once_learnt_and_an_unknown_code_is_refused() {
        assertProblem(
                call(
                        HttpMethod.POST,
                        "/api/resources",
                        HDF,
                        resource("Fiche", "EXPERIENCE_SHEET", "CULTURE_AND_SPORT")),
                HttpStatus.BAD_REQUEST);

        learnTheme("CULTURE_AND_SPORT", "Culture et sport");
        ResponseEntity<Map<String, Object>> tagged = call(
                HttpMethod.POST, "/api/resources", HDF, resource("Fiche", "EXPERIENCE_SHEET", "CULTURE_AND_SPORT"));

        assertThat(tagged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(tagged.getBody()).containsEntry("themeCodes", List.of("CULTURE_AND_SPORT"));
        assertProblem(call(HttpMethod.GET, "/api/resources?themeCode=ASTROLOGY", HDF, null), HttpStatus.BAD_REQUEST);
    }
}
