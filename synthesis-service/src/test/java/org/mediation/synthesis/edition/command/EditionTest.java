package org.mediation.synthesis.edition.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.edition.api.Basis;
import org.mediation.synthesis.edition.api.CreateEdition;
import org.mediation.synthesis.edition.api.DraftRebased;
import org.mediation.synthesis.edition.api.EditionCreated;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.IntroductionWritten;
import org.mediation.synthesis.edition.api.OrderStatements;
import org.mediation.synthesis.edition.api.PublishVersion;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.PublishedVersion.ThemeSection;
import org.mediation.synthesis.edition.api.RebaseDraft;
import org.mediation.synthesis.edition.api.RemoveStatement;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.edition.api.StatementWritten;
import org.mediation.synthesis.edition.api.StatementsOrdered;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.mediation.synthesis.edition.api.WriteStatement;

/** The rules of an edition of the national restitution, one fixture each. */
class EditionTest {

    private static final String EDITION = "edition-1";
    private static final LocalDate FROM = LocalDate.parse("2019-11-01");
    private static final LocalDate TO = LocalDate.parse("2019-12-31");
    private static final Basis BASIS = new Basis(Instant.parse("2020-01-10T12:00:00Z"), 42);
    private static final Instant AT = Instant.parse("2020-06-15T09:30:00Z");
    private static final StatementSource LIEVIN = source("c-1", "FR-HDF");
    private static final StatementSource ROUEN = source("c-2", "FR-NOR");
    private static final Map<String, String> LABELS = labels();

    private FixtureConfiguration<Edition> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Edition.class);
    }

    @Test
    void an_edition_records_the_history_its_draft_starts_from() {
        fixture.givenNoPriorActivity()
                .when(new CreateEdition(EDITION, "Restitution 2019", FROM, TO, BASIS))
                .expectEvents(new EditionCreated(EDITION, "Restitution 2019", FROM, TO, BASIS));
    }

    @Test
    void its_period_ends_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new CreateEdition(EDITION, "Restitution 2019", TO, FROM, BASIS))
                .expectException(EditionRuleViolation.class);
    }

    @Test
    void a_statement_merges_contributions_of_several_regions_in_its_own_words() {
        fixture.given(created())
                .when(new WriteStatement(
                        EDITION,
                        "s-1",
                        "Des permanences numériques.",
                        themes("ACCESS_TO_RIGHTS"),
                        List.of(LIEVIN, ROUEN)))
                .expectEvents(merged());
    }

    @Test
    void a_statement_comes_from_a_contribution_at_least_and_goes_to_a_theme_at_least() {
        fixture.given(created())
                .when(new WriteStatement(EDITION, "s-1", "Sans source.", themes("ACCESS_TO_RIGHTS"), List.of()))
                .expectException(EditionRuleViolation.class);
        fixture.given(created())
                .when(new WriteStatement(EDITION, "s-1", "Sans thème.", List.of(), List.of(LIEVIN)))
                .expectException(EditionRuleViolation.class);
    }

    @Test
    void only_a_statement_of_the_edition_is_removed() {
        fixture.given(created()).when(new RemoveStatement(EDITION, "s-9")).expectException(UnknownStatement.class);
    }

    @Test
    void an_order_names_every_statement_of_its_theme_once() {
        fixture.given(created(), merged(), written("s-2", "ACCESS_TO_RIGHTS"))
                .when(new OrderStatements(EDITION, "ACCESS_TO_RIGHTS", List.of("s-2")))
                .expectException(EditionRuleViolation.class);
        fixture.given(created(), merged(), written("s-2", "ACCESS_TO_RIGHTS"))
                .when(new OrderStatements(EDITION, "ACCESS_TO_RIGHTS", List.of("s-2", "s-1")))
                .expectEvents(new StatementsOrdered(EDITION, "ACCESS_TO_RIGHTS", List.of("s-2", "s-1")));
    }

    @Test
    void nothing_is_published_without_a_statement() {
        fixture.given(created())
                .when(new PublishVersion(EDITION, AT, LABELS))
                .expectException(EditionRuleViolation.class);
    }

    @Test
    void publishing_freezes_version_one_in_the_catalogue_order_with_a_statement_under_each_of_its_themes() {
        IntroductionWritten introduction = new IntroductionWritten(EDITION, "ENVIRONMENT", "Une introduction.");
        StatementWritten both = new StatementWritten(
                EDITION, "s-2", "Deux thèmes.", themes("ENVIRONMENT", "ACCESS_TO_RIGHTS"), List.of(ROUEN));
        fixture.given(created(), merged(), both, introduction)
                .when(new PublishVersion(EDITION, AT, LABELS))
                .expectResultMessagePayload(1)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> {
                            PublishedVersion version = ((VersionPublished) event).version();
                            assertThat(version.number()).isEqualTo(1);
                            assertThat(version.basis()).isEqualTo(BASIS);
                            assertThat(version.themes())
                                    .extracting(ThemeSection::themeCode)
                                    .containsExactly("ACCESS_TO_RIGHTS", "ENVIRONMENT");
                            assertThat(version.themes().get(0).statements())
                                    .extracting(PublishedVersion.Statement::statementId)
                                    .containsExactly("s-1", "s-2");
                            assertThat(version.themes().get(1).introduction()).isEqualTo("Une introduction.");
                            assertThat(version.themes().get(1).label()).isEqualTo("Environnement");
                            return true;
                        }),
                        andNoMore())));
    }

    @Test
    void a_new_version_needs_a_change_since_the_last_and_takes_the_next_number() {
        VersionPublished first =
                new VersionPublished(EDITION, draftOf(created(), merged()).version(1, AT, LABELS));
        fixture.given(created(), merged(), first)
                .when(new PublishVersion(EDITION, AT.plusSeconds(60), LABELS))
                .expectException(EditionRuleViolation.class);
        fixture.given(created(), merged(), first, new DraftRebased(EDITION, new Basis(AT, 50)))
                .when(new PublishVersion(EDITION, AT.plusSeconds(60), LABELS))
                .expectException(EditionRuleViolation.class);
        fixture.given(created(), merged(), first, written("s-2", "ENVIRONMENT"))
                .when(new PublishVersion(EDITION, AT.plusSeconds(60), LABELS))
                .expectResultMessagePayload(2);
    }

    @Test
    void a_draft_never_reads_an_earlier_history() {
        fixture.given(created())
                .when(new RebaseDraft(EDITION, new Basis(BASIS.asOf().minusSeconds(1), 41)))
                .expectException(EditionRuleViolation.class);
        fixture.given(created())
                .when(new RebaseDraft(EDITION, new Basis(AT, 60)))
                .expectEvents(new DraftRebased(EDITION, new Basis(AT, 60)));
    }

    @Test
    void a_rewritten_statement_leaves_the_themes_it_no_longer_names() {
        EditionDraft draft = draftOf(created(), merged(), written("s-1", "ENVIRONMENT"));

        assertThat(draft.attachedTo("ACCESS_TO_RIGHTS")).isEmpty();
        assertThat(draft.attachedTo("ENVIRONMENT")).containsExactly("s-1");
    }

    private static EditionDraft draftOf(EditionEvent... events) {
        EditionDraft draft = new EditionDraft();
        for (var event : events) {
            draft.apply(event);
        }
        return draft;
    }

    private static EditionCreated created() {
        return new EditionCreated(EDITION, "Restitution 2019", FROM, TO, BASIS);
    }

    private static StatementWritten merged() {
        return new StatementWritten(
                EDITION, "s-1", "Des permanences numériques.", themes("ACCESS_TO_RIGHTS"), List.of(LIEVIN, ROUEN));
    }

    private static StatementWritten written(String statementId, String theme) {
        return new StatementWritten(EDITION, statementId, "Une autre.", themes(theme), List.of(LIEVIN));
    }

    private static List<String> themes(String... codes) {
        return List.of(codes);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("ACCESS_TO_RIGHTS", "Accès aux droits");
        labels.put("ENVIRONMENT", "Environnement");
        return labels;
    }

    private static StatementSource source(String contribution, String region) {
        return new StatementSource(
                contribution,
                "PROPOSAL",
                "w-1",
                "Atelier",
                "d-1",
                "Journée",
                LocalDate.parse("2019-12-04"),
                region,
                "x");
    }
}
