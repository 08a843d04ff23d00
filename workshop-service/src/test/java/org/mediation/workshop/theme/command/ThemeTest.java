package org.mediation.workshop.theme.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.workshop.theme.api.AddTheme;
import org.mediation.workshop.theme.api.RelabelTheme;
import org.mediation.workshop.theme.api.RetireTheme;
import org.mediation.workshop.theme.api.ThemeAdded;
import org.mediation.workshop.theme.api.ThemeRelabelled;
import org.mediation.workshop.theme.api.ThemeRetired;

/** The rules of a theme of the national catalogue, one behaviour per test. */
class ThemeTest {

    private static final ThemeAdded ADDED = new ThemeAdded("YOUTH_AND_SCHOOLS", "Jeunesse", "Youth");

    AggregateTestFixture<Theme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Theme.class);
    }

    @Test
    void a_theme_is_added_with_a_code_of_capitals_and_both_labels_trimmed() {
        fixture.givenNoPriorActivity()
                .when(new AddTheme("YOUTH_AND_SCHOOLS", "  Jeunesse ", "Youth "))
                .expectEvents(ADDED);
    }

    @Test
    void a_code_that_is_not_capitals_and_underscores_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new AddTheme("Youth", "Jeunesse", "Youth"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_code_of_more_than_41_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new AddTheme("A" + "_".repeat(41), "Jeunesse", "Youth"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_theme_needs_both_labels() {
        fixture.givenNoPriorActivity()
                .when(new AddTheme("YOUTH_AND_SCHOOLS", "Jeunesse", " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_theme_is_relabelled_and_its_code_stays() {
        fixture.given(ADDED)
                .when(new RelabelTheme("YOUTH_AND_SCHOOLS", "Médiation scolaire", "School mediation"))
                .expectEvents(new ThemeRelabelled("YOUTH_AND_SCHOOLS", "Médiation scolaire", "School mediation"));
    }

    @Test
    void the_same_labels_again_change_nothing() {
        fixture.given(ADDED)
                .when(new RelabelTheme("YOUTH_AND_SCHOOLS", "Jeunesse", "Youth"))
                .expectNoEvents();
    }

    @Test
    void a_theme_is_retired_once() {
        fixture.given(ADDED)
                .when(new RetireTheme("YOUTH_AND_SCHOOLS"))
                .expectEvents(new ThemeRetired("YOUTH_AND_SCHOOLS"));
    }

    @Test
    void retiring_a_retired_theme_changes_nothing() {
        fixture.given(ADDED, new ThemeRetired("YOUTH_AND_SCHOOLS"))
                .when(new RetireTheme("YOUTH_AND_SCHOOLS"))
                .expectNoEvents();
    }
}
