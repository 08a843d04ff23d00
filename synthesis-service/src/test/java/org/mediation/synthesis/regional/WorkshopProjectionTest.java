package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consumer contract: the workshop events exactly as workshop-service publishes them, folded into their day. */
class WorkshopProjectionTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    private final RegionalProjection day = new RegionalProjection(DAY);

    @Test
    void a_planned_workshop_has_its_theme_title_and_a_draft_report() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));

        WorkshopState workshop = onlyWorkshop();
        assertThat(workshop.workshopId()).isEqualTo("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
        assertThat(workshop.themeCode()).isEqualTo("ACCESS_TO_RIGHTS");
        assertThat(workshop.title()).isEqualTo("Accès aux droits et illectronisme");
        assertThat(workshop.reportStatus()).isEqualTo("DRAFT");
    }

    @Test
    void a_workshop_arriving_before_its_day_is_kept_and_the_day_completes_it() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("registration.RegionalDayScheduled.v1"));

        assertThat(day.known()).isTrue();
        assertThat(day.workshops()).hasSize(1);
    }

    @Test
    void enrolments_count_once_and_an_unenrolment_removes_one() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ParticipantEnrolled.v1"));
        day.apply(sample("workshop.ParticipantEnrolled.v1"));
        day.apply(sample("workshop.ParticipantEnrolled.v1", "e-2", Map.of("registrationId", "r-2")));
        assertThat(onlyWorkshop().enrolled()).isEqualTo(2);

        day.apply(sample("workshop.ParticipantUnenrolled.v1"));
        assertThat(onlyWorkshop().enrolled()).isEqualTo(1);
    }

    @Test
    void the_rapporteur_is_named() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.RapporteurAssigned.v1"));

        assertThat(onlyWorkshop().rapporteur()).isEqualTo("Julie Martin");
    }

    @Test
    void an_amended_contribution_shows_its_last_text_kind_and_tags() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));
        day.apply(sample("workshop.ContributionAmended.v1"));

        assertThat(onlyWorkshop().contributions())
                .containsExactly(new Contribution(
                        "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
                        "PROBLEM",
                        "Les démarches dématérialisées excluent une partie du public.",
                        "ACCESS_TO_RIGHTS",
                        List.of("numérique", "accès aux droits"),
                        false));
    }

    @Test
    void a_withdrawn_contribution_is_no_longer_shown_even_when_redelivered() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));
        day.apply(sample("workshop.ContributionWithdrawn.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));

        assertThat(onlyWorkshop().contributions()).isEmpty();
    }

    @Test
    void a_withdrawn_contribution_keeps_no_text_nor_tags_even_when_amended_or_redelivered() throws Exception {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));
        day.apply(sample("workshop.ContributionWithdrawn.v1"));
        day.apply(sample("workshop.ContributionAmended.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));

        String stored = new ObjectMapper().findAndRegisterModules().writeValueAsString(day);
        assertThat(stored)
                .doesNotContain(sample("workshop.ContributionRecorded.v1").text("text"))
                .doesNotContain(sample("workshop.ContributionAmended.v1").text("text"))
                .doesNotContain("numérique");
        assertThat(onlyWorkshop().held())
                .containsExactly(Contribution.tombstone("7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b"));
    }

    @Test
    void an_amendment_keeps_no_text_it_replaced() throws Exception {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));
        day.apply(sample("workshop.ContributionAmended.v1"));

        assertThat(new ObjectMapper().findAndRegisterModules().writeValueAsString(day))
                .doesNotContain(sample("workshop.ContributionRecorded.v1").text("text"));
    }

    @Test
    void the_report_goes_draft_submitted_draft_published() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.ContributionRecorded.v1"));
        day.apply(sample("workshop.ReportSubmitted.v1"));
        assertThat(onlyWorkshop().reportStatus()).isEqualTo("SUBMITTED");
        assertThat(onlyWorkshop().countedContributions()).isEmpty();

        day.apply(sample("workshop.ReportReopened.v1"));
        assertThat(onlyWorkshop().reportStatus()).isEqualTo("DRAFT");

        day.apply(sample("workshop.ReportSubmitted.v1"));
        day.apply(sample("workshop.ReportPublished.v1"));
        assertThat(onlyWorkshop().reportStatus()).isEqualTo("PUBLISHED");
        assertThat(onlyWorkshop().countedContributions()).hasSize(1);
    }

    @Test
    void facilitators_and_speakers_change_nothing_synthesis_shows() {
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        day.apply(sample("workshop.FacilitatorAssigned.v1"));
        day.apply(sample("workshop.SpeakerAdded.v1"));

        assertThat(onlyWorkshop().contributions()).isEmpty();
        assertThat(onlyWorkshop().enrolled()).isZero();
    }

    private WorkshopState onlyWorkshop() {
        assertThat(day.workshops()).hasSize(1);
        return day.workshops().iterator().next();
    }
}
