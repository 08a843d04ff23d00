package org.mediation.synthesis.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.SeedThemes;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.national.NationalAggregate.RegionFigures;
import org.mediation.synthesis.national.NationalAggregate.ResourceFigures;
import org.mediation.synthesis.regional.RegionalProjection;

/** The national aggregate is built from regional projections and the catalogue, in plain JUnit. */
class NationalAggregationTest {

    private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");
    private static final String HDF_DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    private final RegionalProjection lievin = new RegionalProjection(HDF_DAY);
    private final RegionalProjection paris = new RegionalProjection("idf-day");
    private final CatalogueEntry resource = new CatalogueEntry("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    @Test
    void an_empty_aggregate_shows_every_category_theme_and_kind_at_zero() {
        NationalAggregate aggregate = NationalAggregation.of(List.of(), List.of(), SeedThemes.catalogue(), NOW);

        assertThat(aggregate.regionalDays()).isZero();
        assertThat(aggregate.attendance().byCategory())
                .containsOnlyKeys("MEDIATOR", "PROFESSIONAL", "ELECTED_OFFICIAL", "LOCAL_ACTOR");
        assertThat(aggregate.themes()).containsOnlyKeys(SeedThemes.CODES);
        assertThat(aggregate.themes().get("ENVIRONMENT").contributions())
                .containsExactly(
                        Map.entry("FINDING", 0),
                        Map.entry("PROBLEM", 0),
                        Map.entry("PROPOSAL", 0),
                        Map.entry("PRACTICE", 0),
                        Map.entry("DEBATE", 0));
        assertThat(aggregate.resources()).isEqualTo(new ResourceFigures(0, 0, 0, 0));
    }

    @Test
    void a_theme_the_national_office_adds_is_listed_at_zero_and_a_theme_met_before_its_event_too() {
        Themes themes = SeedThemes.catalogue();
        themes.apply(sample("workshop.ThemeAdded.v1"));
        lievin.apply(day(HDF_DAY, "FR-HDF"));
        lievin.apply(sample("workshop.WorkshopPlanned.v1", "e-w", Map.of("themeCode", "NOT_CATALOGUED_YET")));

        NationalAggregate aggregate = NationalAggregation.of(List.of(lievin), List.of(), themes, NOW);

        assertThat(aggregate.themes().get("YOUTH_AND_SCHOOLS").workshops()).isZero();
        assertThat(aggregate.themes().get("NOT_CATALOGUED_YET").workshops()).isEqualTo(1);
        assertThat(aggregate.themes()).hasSize(7);
    }

    @Test
    void only_contributions_of_published_reports_count() {
        lievin.apply(sample("registration.RegionalDayScheduled.v1"));
        lievin.apply(sample("workshop.WorkshopPlanned.v1"));
        lievin.apply(sample("workshop.ContributionRecorded.v1"));
        lievin.apply(
                sample("workshop.ContributionRecorded.v1", "e-2", Map.of("contributionId", "c-2", "kind", "DEBATE")));
        lievin.apply(sample("workshop.ReportSubmitted.v1"));
        assertThat(contributions("ACCESS_TO_RIGHTS")).containsEntry("FINDING", 0);

        lievin.apply(sample("workshop.ReportPublished.v1"));

        assertThat(contributions("ACCESS_TO_RIGHTS"))
                .containsEntry("FINDING", 1)
                .containsEntry("DEBATE", 1);
        assertThat(aggregate().regions().get("FR-HDF")).isEqualTo(new RegionFigures(1, 0, 0, 1, 2));
        assertThat(aggregate().themes().get("ACCESS_TO_RIGHTS").regions()).containsExactly("FR-HDF");
    }

    @Test
    void withdrawn_contributions_do_not_count() {
        lievin.apply(sample("registration.RegionalDayScheduled.v1"));
        lievin.apply(sample("workshop.WorkshopPlanned.v1"));
        lievin.apply(sample("workshop.ContributionRecorded.v1"));
        lievin.apply(sample("workshop.ContributionWithdrawn.v1"));
        lievin.apply(sample("workshop.ContributionRecorded.v1", "e-2", Map.of("contributionId", "c-2")));
        lievin.apply(sample("workshop.ReportPublished.v1"));

        assertThat(contributions("ACCESS_TO_RIGHTS")).containsEntry("FINDING", 1);
    }

    @Test
    void regions_and_categories_add_up_over_days() {
        lievin.apply(sample("registration.RegionalDayScheduled.v1"));
        lievin.apply(sample("registration.ParticipantRegistered.v1"));
        lievin.apply(sample("registration.ParticipantCheckedIn.v1"));
        paris.apply(day("idf-day", "FR-IDF"));
        paris.apply(registration("idf-day", "r-2", "CONFIRMED", "ELECTED_OFFICIAL"));
        paris.apply(registration("idf-day", "r-3", "WAITLISTED", "MEDIATOR"));

        NationalAggregate aggregate = aggregate();

        assertThat(aggregate.regionalDays()).isEqualTo(2);
        assertThat(aggregate.attendance().confirmed()).isEqualTo(2);
        assertThat(aggregate.attendance().waitlisted()).isEqualTo(1);
        assertThat(aggregate.attendance().checkedIn()).isEqualTo(1);
        assertThat(aggregate.attendance().byCategory().get("ELECTED_OFFICIAL").confirmed())
                .isEqualTo(1);
        assertThat(aggregate.regions())
                .containsExactly(
                        Map.entry("FR-HDF", new RegionFigures(1, 1, 1, 0, 0)),
                        Map.entry("FR-IDF", new RegionFigures(1, 1, 0, 0, 0)));
    }

    @Test
    void an_undone_check_in_lowers_the_present_of_the_region_and_the_nation() {
        lievin.apply(sample("registration.RegionalDayScheduled.v1"));
        lievin.apply(sample("registration.ParticipantRegistered.v1"));
        lievin.apply(sample("registration.ParticipantCheckedIn.v1"));
        assertThat(aggregate().attendance().checkedIn()).isEqualTo(1);

        lievin.apply(sample("registration.CheckInUndone.v1"));

        NationalAggregate aggregate = aggregate();
        assertThat(aggregate.attendance().checkedIn()).isZero();
        assertThat(aggregate.attendance().byCategory().get("MEDIATOR").checkedIn())
                .isZero();
        assertThat(aggregate.regions().get("FR-HDF")).isEqualTo(new RegionFigures(1, 1, 0, 0, 0));
    }

    @Test
    void a_day_not_known_yet_is_not_counted() {
        lievin.apply(sample("registration.ParticipantRegistered.v1"));

        assertThat(aggregate().regionalDays()).isZero();
        assertThat(aggregate().attendance().confirmed()).isZero();
    }

    @Test
    void resources_count_the_catalogue_and_the_stands() {
        lievin.apply(sample("registration.RegionalDayScheduled.v1"));
        lievin.apply(sample("resource.ResourceOfferedAtStand.v1"));
        lievin.apply(sample("resource.ResourceRequested.v1"));
        resource.apply(sample("resource.ResourcePublished.v1"));
        resource.apply(sample("resource.ResourceShared.v1"));
        CatalogueEntry withdrawn = new CatalogueEntry("other");
        withdrawn.apply(sample("resource.ResourcePublished.v1"));
        withdrawn.apply(sample("resource.ResourceWithdrawn.v1"));

        NationalAggregate aggregate =
                NationalAggregation.of(List.of(lievin), List.of(resource, withdrawn), SeedThemes.catalogue(), NOW);

        assertThat(aggregate.resources()).isEqualTo(new ResourceFigures(1, 1, 1, 1));
    }

    private Map<String, Integer> contributions(String theme) {
        return aggregate().themes().get(theme).contributions();
    }

    private NationalAggregate aggregate() {
        return NationalAggregation.of(List.of(lievin, paris), List.of(), SeedThemes.catalogue(), NOW);
    }

    private static InboundEvent day(String dayId, String region) {
        return sample(
                "registration.RegionalDayScheduled.v1",
                "e-day-" + dayId,
                Map.of("regionalDayId", dayId, "region", region));
    }

    private static InboundEvent registration(String dayId, String id, String status, String category) {
        return sample(
                "registration.ParticipantRegistered.v1",
                "e-" + id,
                Map.of("regionalDayId", dayId, "registrationId", id, "status", status, "category", category));
    }
}
