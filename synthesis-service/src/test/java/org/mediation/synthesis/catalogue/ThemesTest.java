package org.mediation.synthesis.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The theme catalogue synthesis keeps, folded from workshop-service's theme events, in plain JUnit. */
class ThemesTest {

    private final Themes themes = SeedThemes.catalogue();

    @Test
    void themes_keep_the_order_they_were_added_in_and_an_added_theme_comes_last() {
        themes.apply(sample("workshop.ThemeAdded.v1"));

        assertThat(themes.codes())
                .startsWith("ACCESS_TO_RIGHTS")
                .endsWith("YOUTH_AND_SCHOOLS")
                .hasSize(6);
        assertThat(themes.rank("YOUTH_AND_SCHOOLS")).isEqualTo(5);
        assertThat(themes.label("YOUTH_AND_SCHOOLS")).isEqualTo("Jeunesse et établissements scolaires");
    }

    @Test
    void an_event_applied_twice_changes_nothing() {
        themes.apply(sample("workshop.ThemeAdded.v1"));
        themes.apply(sample("workshop.ThemeRelabelled.v1"));
        themes.apply(sample("workshop.ThemeAdded.v1"));

        assertThat(themes.codes()).hasSize(6);
        assertThat(themes.label("YOUTH_AND_SCHOOLS")).isEqualTo("Médiation en milieu scolaire");
    }

    @Test
    void a_retired_theme_stays_in_the_catalogue_flagged() throws Exception {
        themes.apply(sample("workshop.ThemeAdded.v1"));
        themes.apply(sample("workshop.ThemeRetired.v1"));

        assertThat(themes.codes()).endsWith("YOUTH_AND_SCHOOLS");
        assertThat(themes.frenchLabels()).containsKey("YOUTH_AND_SCHOOLS");
        assertThat(new ObjectMapper().writeValueAsString(themes))
                .contains("{\"code\":\"YOUTH_AND_SCHOOLS\",\"labelFr\":\"Jeunesse et établissements scolaires\","
                        + "\"labelEn\":\"Youth and schools\",\"retired\":true}");
    }

    @Test
    void a_code_the_catalogue_does_not_hold_reads_as_itself_after_every_theme() {
        themes.apply(sample("workshop.ThemeRelabelled.v1", "e-unknown", Map.of("code", "NOT_ADDED")));

        assertThat(themes.codes()).doesNotContain("NOT_ADDED");
        assertThat(themes.label("NOT_ADDED")).isEqualTo("NOT_ADDED");
        assertThat(themes.rank("NOT_ADDED")).isEqualTo(5);
    }

    @Test
    void a_copy_moves_on_alone() {
        Themes copy = themes.copy();
        copy.apply(sample("workshop.ThemeAdded.v1"));

        assertThat(themes.codes()).hasSize(5);
        assertThat(copy.codes()).hasSize(6);
    }
}
