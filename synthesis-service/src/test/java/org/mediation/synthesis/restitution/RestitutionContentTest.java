package org.mediation.synthesis.restitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mediation.synthesis.Contracts.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.SeedThemes;
import org.mediation.synthesis.document.HtmlDocument;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.restitution.Restitution.Item;
import org.mediation.synthesis.restitution.Restitution.Theme;

/** What the national restitution holds and in which order, and that it stays text, in plain JUnit. */
class RestitutionContentTest {

    private static final Instant AS_OF = Instant.parse("2020-01-10T12:00:00.123Z");
    private static final Period WINTER_2019 = Period.of("2019-11-01", "2019-12-31");
    private static final String INJECTED =
            "Constat\n\n# Titre injecté <script>alert(1)</script> [lien](javascript:alert(1))";

    private final RegionalProjection lievin = day("d-lievin", "FR-HDF", "Journée de Liévin", "2019-12-04");
    private final RegionalProjection rouen = day("d-rouen", "FR-NOR", "Journée de Rouen", "2019-11-19");
    private final RegionalProjection spring = day("d-spring", "FR-NOR", "Journée de printemps", "2020-03-12");

    @Test
    void proposals_and_practices_come_first_each_with_its_day_and_region() {
        workshop(lievin, "w-1", "ACCESS_TO_RIGHTS", true);
        contribution(lievin, "w-1", "c-1", "FINDING", "Les démarches en ligne excluent.", "numérique");
        contribution(lievin, "w-1", "c-2", "PROPOSAL", "Des permanences numériques.", "Numérique");
        contribution(lievin, "w-1", "c-3", "PRACTICE", "Un atelier d'aide aux démarches.");
        workshop(rouen, "w-2", "ACCESS_TO_RIGHTS", true);
        contribution(rouen, "w-2", "c-4", "PROPOSAL", "Former les agents d'accueil.", "numérique ");
        contribution(rouen, "w-2", "c-5", "DEBATE", "Le médiateur doit-il venir du quartier ?");

        Theme access = restitution().themes().get(0);

        assertThat(access.themeCode()).isEqualTo("ACCESS_TO_RIGHTS");
        assertThat(access.items()).extracting(Item::contributionId).containsExactly("c-4", "c-2", "c-3", "c-1", "c-5");
        assertThat(access.items().get(0).region()).isEqualTo("FR-NOR");
        assertThat(access.items().get(0).regionalDayTitle()).isEqualTo("Journée de Rouen");
        assertThat(access.workshops()).isEqualTo(2);
        assertThat(access.regions()).containsExactly("FR-HDF", "FR-NOR");
        assertThat(access.contributions())
                .containsExactly(
                        Map.entry("PROPOSAL", 2),
                        Map.entry("PRACTICE", 1),
                        Map.entry("FINDING", 1),
                        Map.entry("PROBLEM", 0),
                        Map.entry("DEBATE", 1));
        assertThat(restitution().recurringTags()).singleElement().satisfies(tag -> {
            assertThat(tag.tag()).isEqualTo("numérique");
            assertThat(tag.regions()).containsExactly("FR-HDF", "FR-NOR");
            assertThat(tag.contributions()).isEqualTo(3);
        });
    }

    @Test
    void only_published_reports_of_days_in_the_period_are_restituted() {
        workshop(lievin, "w-1", "ENVIRONMENT", true);
        contribution(lievin, "w-1", "c-published", "PROPOSAL", "Publiée.");
        workshop(lievin, "w-2", "ENVIRONMENT", false);
        contribution(lievin, "w-2", "c-draft", "PROPOSAL", "En cours de rédaction.");
        workshop(spring, "w-3", "ENVIRONMENT", true);
        contribution(spring, "w-3", "c-later", "PROPOSAL", "Après la période.");

        Restitution restitution = restitution();

        assertThat(restitution.regionalDays())
                .extracting(Restitution.CoveredDay::regionalDayId)
                .containsExactly("d-rouen", "d-lievin");
        assertThat(restitution.themes()).extracting(Theme::themeCode).containsExactlyElementsOf(SeedThemes.CODES);
        Theme environment = restitution.themes().get(3);
        assertThat(environment.items()).extracting(Item::contributionId).containsExactly("c-published");
        assertThat(environment.workshops()).isEqualTo(2);
        assertThat(restitution.asOf()).isEqualTo(AS_OF);
        assertThat(restitution.position()).isEqualTo(42);
    }

    @Test
    void the_documents_state_the_history_and_keep_user_text_literal() {
        workshop(lievin, "w-1", "MEDIATION_NETWORK", true);
        contribution(lievin, "w-1", "c-1", "PROPOSAL", INJECTED, "<b>tag</b>");

        String markdown = RestitutionMarkdown.of(restitution());
        String html = HtmlDocument.page(RestitutionMarkdown.title(restitution()), markdown);

        assertThat(markdown)
                .startsWith("# Restitution nationale des journées régionales, du 1 novembre 2019 au 31 décembre 2019")
                .contains("asOf 2020-01-10T12:00:00.123Z, position 42")
                .contains("- 4 décembre 2019 — Hauts-de-France — Journée de Liévin, Liévin : 1 inscrits")
                .contains("Constat \\# Titre injecté \\<script\\>")
                .contains("— _Journée de Liévin, Hauts-de-France, 4 décembre 2019_");
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("# Titre injecté"));
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;tag&lt;/b&gt;")
                .doesNotContain("<script>", "<b>", "href=\"javascript", "<h1>Titre injecté");
        assertThat(html.indexOf("<h4>Propositions</h4>")).isPositive();
    }

    @Test
    void a_period_ends_after_it_starts_and_is_made_of_dates() {
        assertThatThrownBy(() -> Period.of("2019-12-31", "2019-11-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be after");
        assertThatThrownBy(() -> Period.of("2019-13-01", "2019-12-31"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from must be a date");
        assertThat(Period.of("2019-12-04", "2019-12-04").covers(java.time.LocalDate.parse("2019-12-04")))
                .isTrue();
    }

    private Restitution restitution() {
        return RestitutionContent.of(WINTER_2019, List.of(lievin, rouen, spring), SeedThemes.catalogue(), AS_OF, 42);
    }

    private static RegionalProjection day(String id, String region, String title, String date) {
        RegionalProjection day = new RegionalProjection(id);
        day.apply(sample(
                "registration.RegionalDayScheduled.v1",
                "e-" + id,
                Map.of("regionalDayId", id, "region", region, "title", title, "date", date)));
        day.apply(sample(
                "registration.ParticipantRegistered.v1",
                "r-" + id,
                Map.of("regionalDayId", id, "registrationId", "reg-" + id)));
        return day;
    }

    private static void workshop(RegionalProjection day, String workshopId, String theme, boolean published) {
        Map<String, String> ids = Map.of("regionalDayId", day.regionalDayId(), "workshopId", workshopId);
        day.apply(sample(
                "workshop.WorkshopPlanned.v1",
                "p-" + workshopId,
                Map.of("regionalDayId", day.regionalDayId(), "workshopId", workshopId, "themeCode", theme)));
        if (published) {
            day.apply(sample("workshop.ReportSubmitted.v1", "s-" + workshopId, ids));
            day.apply(sample("workshop.ReportPublished.v1", "u-" + workshopId, ids));
        }
    }

    private static void contribution(
            RegionalProjection day, String workshopId, String id, String kind, String text, String... tags) {
        InboundEvent event = sample(
                "workshop.ContributionRecorded.v1",
                "c-" + id,
                Map.of(
                        "regionalDayId",
                        day.regionalDayId(),
                        "workshopId",
                        workshopId,
                        "contributionId",
                        id,
                        "kind",
                        kind,
                        "text",
                        text));
        ((ObjectNode) event.data()).remove("themeCode");
        ((ObjectNode) event.data())
                .putArray("tags")
                .addAll(java.util.Arrays.stream(tags)
                        .map(com.fasterxml.jackson.databind.node.TextNode::valueOf)
                        .toList());
        day.apply(event);
    }
}
