package org.mediation.workshop.workshop.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.workshop.workshop.api.AddSpeaker;
import org.mediation.workshop.workshop.api.AmendContribution;
import org.mediation.workshop.workshop.api.AssignFacilitator;
import org.mediation.workshop.workshop.api.AssignRapporteur;
import org.mediation.workshop.workshop.api.ContributionAmended;
import org.mediation.workshop.workshop.api.ContributionKind;
import org.mediation.workshop.workshop.api.ContributionRecorded;
import org.mediation.workshop.workshop.api.ContributionWithdrawn;
import org.mediation.workshop.workshop.api.EnrolParticipant;
import org.mediation.workshop.workshop.api.FacilitatorAssigned;
import org.mediation.workshop.workshop.api.FacilitatorRemoved;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.ParticipantUnenrolled;
import org.mediation.workshop.workshop.api.Person;
import org.mediation.workshop.workshop.api.PlanWorkshop;
import org.mediation.workshop.workshop.api.PublishReport;
import org.mediation.workshop.workshop.api.RapporteurAssigned;
import org.mediation.workshop.workshop.api.RecordContribution;
import org.mediation.workshop.workshop.api.RemoveFacilitator;
import org.mediation.workshop.workshop.api.RemoveSpeaker;
import org.mediation.workshop.workshop.api.ReopenReport;
import org.mediation.workshop.workshop.api.ReportPublished;
import org.mediation.workshop.workshop.api.ReportReopened;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.SubmitReport;
import org.mediation.workshop.workshop.api.UnenrolParticipant;
import org.mediation.workshop.workshop.api.UnenrolmentReason;
import org.mediation.workshop.workshop.api.WithdrawContribution;
import org.mediation.workshop.workshop.api.WorkshopPlanned;

/** One rule per test, on the event-sourced workshop alone. */
class WorkshopTest {

    static final String WORKSHOP = "w-1";
    static final String DAY = "day-1";
    static final String THEME = "ACCESS_TO_RIGHTS";
    static final WorkshopPlanned PLANNED = new WorkshopPlanned(WORKSHOP, DAY, "FR-HDF", THEME, "Accès aux droits", 2);
    static final Person CLAIRE = new Person("Claire Dubois", "AMS Lens");
    static final ContributionRecorded RECORDED = new ContributionRecorded(
            WORKSHOP, DAY, "c-1", ContributionKind.FINDING, "Le numérique exclut.", THEME, List.of("numérique"));
    static final ReportSubmitted SUBMITTED = new ReportSubmitted(WORKSHOP, DAY, 1);

    static final String RETIRED = "ENVIRONMENT";

    AggregateTestFixture<Workshop> fixture;
    final Set<String> confirmed = Set.of("r-1", "r-2", "r-3");
    long plannedOnTheDay = 4;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(
                (RegionalDays) day -> DAY.equals(day) ? Optional.of("FR-HDF") : Optional.empty());
        fixture.registerInjectableResource(
                (ConfirmedRegistrations) (day, registration) -> DAY.equals(day) && confirmed.contains(registration));
        fixture.registerInjectableResource((PlannedWorkshops) day -> plannedOnTheDay);
        fixture.registerInjectableResource(new ThemeCatalogue() {
            @Override
            public boolean knows(String code) {
                return THEME.equals(code) || RETIRED.equals(code);
            }

            @Override
            public boolean retired(String code) {
                return RETIRED.equals(code);
            }
        });
    }

    @Test
    void a_workshop_on_a_theme_the_catalogue_lacks_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, "NO_SUCH_THEME", "Accès aux droits", 2))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_retired_theme_takes_no_new_workshop() {
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, RETIRED, "Accès aux droits", 2))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_workshop_is_planned_for_a_known_regional_day_and_takes_its_region() {
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, THEME, "  Accès aux droits ", 2))
                .expectEvents(PLANNED);
    }

    @Test
    void a_workshop_needs_a_regional_day_known_yet() {
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, "unknown-day", THEME, "Accès aux droits", 2))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("regional day not known yet: unknown-day");
    }

    @Test
    void a_workshop_needs_a_theme_of_the_catalogue_a_title_and_seats() {
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, "ASTROLOGY", "Accès aux droits", 2))
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, THEME, " ", 2))
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, THEME, "Accès aux droits", 0))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_regional_day_has_at_most_50_workshops() {
        plannedOnTheDay = 50;
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, THEME, "Accès aux droits", 2))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The regional day already has 50 workshops, the most a day can have.");
        plannedOnTheDay = 49;
        fixture.givenNoPriorActivity()
                .when(new PlanWorkshop(WORKSHOP, DAY, THEME, "Accès aux droits", 2))
                .expectEvents(PLANNED);
    }

    @Test
    void several_organisations_co_facilitate_but_each_person_once() {
        fixture.given(PLANNED)
                .when(new AssignFacilitator(WORKSHOP, "p-2", new Person("Karim Benali", "CAF")))
                .expectEvents(new FacilitatorAssigned(WORKSHOP, DAY, "p-2", new Person("Karim Benali", "CAF")));
        fixture.given(PLANNED, new FacilitatorAssigned(WORKSHOP, DAY, "p-1", CLAIRE))
                .when(new AssignFacilitator(WORKSHOP, "p-2", CLAIRE))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_workshop_has_at_most_10_facilitators() {
        fixture.given(people(10, (id, person) -> new FacilitatorAssigned(WORKSHOP, DAY, id, person)))
                .when(new AssignFacilitator(WORKSHOP, "p-new", CLAIRE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The workshop already has 10 facilitators, the most it can have.");
        fixture.given(people(9, (id, person) -> new FacilitatorAssigned(WORKSHOP, DAY, id, person)))
                .when(new AssignFacilitator(WORKSHOP, "p-new", CLAIRE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_removed_facilitator_frees_a_place_and_can_be_named_again() {
        List<Object> ten = people(10, (id, person) -> new FacilitatorAssigned(WORKSHOP, DAY, id, person));
        ten.add(new FacilitatorRemoved(WORKSHOP, DAY, "p-0"));
        fixture.given(ten)
                .when(new AssignFacilitator(WORKSHOP, "p-again", new Person("Person 0", "Organisation 0")))
                .expectEvents(
                        new FacilitatorAssigned(WORKSHOP, DAY, "p-again", new Person("Person 0", "Organisation 0")));
    }

    @Test
    void a_facilitator_is_removed_by_id_even_once_the_report_is_published() {
        fixture.given(
                        PLANNED,
                        new FacilitatorAssigned(WORKSHOP, DAY, "p-1", CLAIRE),
                        RECORDED,
                        SUBMITTED,
                        new ReportPublished(WORKSHOP, DAY))
                .when(new RemoveFacilitator(WORKSHOP, "p-1"))
                .expectEvents(new FacilitatorRemoved(WORKSHOP, DAY, "p-1"));
        fixture.given(
                        PLANNED,
                        new FacilitatorAssigned(WORKSHOP, DAY, "p-1", CLAIRE),
                        new FacilitatorRemoved(WORKSHOP, DAY, "p-1"))
                .when(new RemoveFacilitator(WORKSHOP, "p-1"))
                .expectException(UnknownPerson.class);
        fixture.given(PLANNED, new SpeakerAdded(WORKSHOP, DAY, "p-1", CLAIRE))
                .when(new RemoveFacilitator(WORKSHOP, "p-1"))
                .expectException(UnknownPerson.class);
    }

    @Test
    void a_person_named_before_people_had_ids_is_removed_by_the_derived_id() {
        String derived = CLAIRE.legacyIdIn(WORKSHOP);
        fixture.given(
                        PLANNED,
                        new FacilitatorAssigned(WORKSHOP, DAY, null, CLAIRE),
                        new SpeakerAdded(WORKSHOP, DAY, null, CLAIRE))
                .when(new RemoveSpeaker(WORKSHOP, derived))
                .expectEvents(new SpeakerRemoved(WORKSHOP, DAY, derived));
        fixture.given(PLANNED, new FacilitatorAssigned(WORKSHOP, DAY, null, CLAIRE))
                .when(new RemoveFacilitator(WORKSHOP, derived))
                .expectEvents(new FacilitatorRemoved(WORKSHOP, DAY, derived));
    }

    @Test
    void a_speaker_is_added_once() {
        fixture.given(PLANNED)
                .when(new AddSpeaker(WORKSHOP, "p-1", CLAIRE))
                .expectEvents(new SpeakerAdded(WORKSHOP, DAY, "p-1", CLAIRE));
        fixture.given(PLANNED, new SpeakerAdded(WORKSHOP, DAY, "p-1", CLAIRE))
                .when(new AddSpeaker(WORKSHOP, "p-2", CLAIRE))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_workshop_has_at_most_20_speakers_and_a_removed_one_frees_a_place() {
        List<Object> twenty = people(20, (id, person) -> new SpeakerAdded(WORKSHOP, DAY, id, person));
        fixture.given(twenty)
                .when(new AddSpeaker(WORKSHOP, "p-new", CLAIRE))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The workshop already has 20 speakers, the most it can have.");
        twenty.add(new SpeakerRemoved(WORKSHOP, DAY, "p-3"));
        fixture.given(twenty)
                .when(new AddSpeaker(WORKSHOP, "p-new", CLAIRE))
                .expectEvents(new SpeakerAdded(WORKSHOP, DAY, "p-new", CLAIRE));
    }

    @Test
    void a_new_rapporteur_replaces_the_previous_one_and_the_same_again_changes_nothing() {
        RapporteurAssigned julie = new RapporteurAssigned(WORKSHOP, DAY, "rapporteur-1", "Julie Martin");
        fixture.given(PLANNED, julie)
                .when(new AssignRapporteur(WORKSHOP, "rapporteur-2", "Paul Roux"))
                .expectEvents(new RapporteurAssigned(WORKSHOP, DAY, "rapporteur-2", "Paul Roux"));
        fixture.given(PLANNED, julie)
                .when(new AssignRapporteur(WORKSHOP, "rapporteur-1", "Julie Martin"))
                .expectNoEvents();
    }

    @Test
    void a_person_cannot_be_given_a_blank_name() {
        assertThat(catchThrowable(() -> new Person(" ", "AMS"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enrolment_needs_a_registration_confirmed_for_that_day() {
        fixture.given(PLANNED)
                .when(new EnrolParticipant(WORKSHOP, "r-1"))
                .expectEvents(new ParticipantEnrolled(WORKSHOP, DAY, "r-1"));
        fixture.given(PLANNED)
                .when(new EnrolParticipant(WORKSHOP, "waitlisted-or-cancelled"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Only a registration confirmed for this regional day can be enrolled.");
    }

    @Test
    void enrolment_stays_within_capacity() {
        fixture.given(PLANNED, enrolled("r-1"), enrolled("r-2"))
                .when(new EnrolParticipant(WORKSHOP, "r-3"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The workshop is full (2 seats).");
    }

    @Test
    void a_registration_is_enrolled_once_per_workshop() {
        fixture.given(PLANNED, enrolled("r-1"))
                .when(new EnrolParticipant(WORKSHOP, "r-1"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This registration is already enrolled in the workshop.");
    }

    @Test
    void a_cancelled_registration_leaves_its_workshop_and_frees_its_seat() {
        fixture.given(PLANNED, enrolled("r-1"), enrolled("r-2"))
                .when(new UnenrolParticipant(WORKSHOP, "r-1", UnenrolmentReason.REGISTRATION_CANCELLED))
                .expectEvents(
                        new ParticipantUnenrolled(WORKSHOP, DAY, "r-1", UnenrolmentReason.REGISTRATION_CANCELLED));
        fixture.given(
                        PLANNED,
                        enrolled("r-1"),
                        enrolled("r-2"),
                        new ParticipantUnenrolled(WORKSHOP, DAY, "r-1", UnenrolmentReason.REGISTRATION_CANCELLED))
                .when(new EnrolParticipant(WORKSHOP, "r-3"))
                .expectEvents(enrolled("r-3"));
    }

    @Test
    void unenrolling_a_registration_that_is_not_enrolled_changes_nothing() {
        fixture.given(PLANNED)
                .when(new UnenrolParticipant(WORKSHOP, "r-1", UnenrolmentReason.REGISTRATION_CANCELLED))
                .expectNoEvents();
    }

    @Test
    void a_contribution_is_recorded_with_the_workshop_theme_and_its_stable_id() {
        fixture.given(PLANNED)
                .when(new RecordContribution(
                        WORKSHOP,
                        "c-1",
                        ContributionKind.FINDING,
                        " Le numérique exclut. ",
                        List.of("numérique", " numérique")))
                .expectEvents(RECORDED);
    }

    @Test
    void a_contribution_text_has_1_to_4000_characters() {
        fixture.given(PLANNED)
                .when(new RecordContribution(WORKSHOP, "c-1", ContributionKind.FINDING, "", List.of()))
                .expectException(IllegalArgumentException.class);
        fixture.given(PLANNED)
                .when(new RecordContribution(WORKSHOP, "c-1", ContributionKind.FINDING, "x".repeat(4001), List.of()))
                .expectException(IllegalArgumentException.class);
        fixture.given(PLANNED)
                .when(new RecordContribution(WORKSHOP, "c-1", ContributionKind.DEBATE, "x".repeat(4000), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_workshop_records_at_most_500_contributions_withdrawn_ones_included() {
        List<Object> history = new ArrayList<>(List.of(PLANNED));
        for (int i = 0; i < 500; i++) {
            history.add(new ContributionRecorded(
                    WORKSHOP, DAY, "c-" + i, ContributionKind.FINDING, "Constat " + i, THEME, List.of()));
            history.add(new ContributionWithdrawn(WORKSHOP, DAY, "c-" + i));
        }
        fixture.given(history)
                .when(new RecordContribution(WORKSHOP, "c-500", ContributionKind.FINDING, "Encore un", List.of()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(
                        "The workshop already has 500 contributions, withdrawn ones included: no more can be recorded.");
        fixture.given(history.subList(0, history.size() - 2))
                .when(new RecordContribution(WORKSHOP, "c-500", ContributionKind.FINDING, "Encore un", List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_contribution_of_the_draft_is_amended_under_the_same_id() {
        fixture.given(PLANNED, RECORDED)
                .when(new AmendContribution(
                        WORKSHOP, "c-1", ContributionKind.PROBLEM, "Les démarches excluent.", List.of()))
                .expectEvents(new ContributionAmended(
                        WORKSHOP, DAY, "c-1", ContributionKind.PROBLEM, "Les démarches excluent.", THEME, List.of()));
    }

    @Test
    void only_a_live_contribution_is_amended_or_withdrawn() {
        fixture.given(PLANNED, RECORDED, new ContributionWithdrawn(WORKSHOP, DAY, "c-1"))
                .when(new WithdrawContribution(WORKSHOP, "c-1"))
                .expectException(UnknownContribution.class);
        fixture.given(PLANNED)
                .when(new AmendContribution(WORKSHOP, "c-9", ContributionKind.PROBLEM, "text", List.of()))
                .expectException(UnknownContribution.class);
    }

    @Test
    void contributions_change_only_while_the_report_is_a_draft() {
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new RecordContribution(WORKSHOP, "c-2", ContributionKind.FINDING, "text", List.of()))
                .expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new WithdrawContribution(WORKSHOP, "c-1"))
                .expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED, new ReportReopened(WORKSHOP, DAY, "Préciser."))
                .when(new WithdrawContribution(WORKSHOP, "c-1"))
                .expectEvents(new ContributionWithdrawn(WORKSHOP, DAY, "c-1"));
    }

    @Test
    void a_report_needs_at_least_one_contribution_to_be_submitted() {
        fixture.given(PLANNED)
                .when(new SubmitReport(WORKSHOP))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A report needs at least one contribution to be submitted.");
        fixture.given(PLANNED, RECORDED, new ContributionWithdrawn(WORKSHOP, DAY, "c-1"))
                .when(new SubmitReport(WORKSHOP))
                .expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED).when(new SubmitReport(WORKSHOP)).expectEvents(SUBMITTED);
    }

    @Test
    void only_a_draft_report_is_submitted() {
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new SubmitReport(WORKSHOP))
                .expectException(RuleViolation.class);
    }

    @Test
    void only_a_submitted_report_is_published() {
        fixture.given(PLANNED, RECORDED).when(new PublishReport(WORKSHOP)).expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new PublishReport(WORKSHOP))
                .expectEvents(new ReportPublished(WORKSHOP, DAY));
    }

    @Test
    void a_published_report_is_frozen() {
        ReportPublished published = new ReportPublished(WORKSHOP, DAY);
        fixture.given(PLANNED, RECORDED, SUBMITTED, published)
                .when(new AmendContribution(WORKSHOP, "c-1", ContributionKind.PROBLEM, "text", List.of()))
                .expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED, published)
                .when(new RecordContribution(WORKSHOP, "c-2", ContributionKind.FINDING, "text", List.of()))
                .expectException(RuleViolation.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED, published)
                .when(new ReopenReport(WORKSHOP, "Oops"))
                .expectException(RuleViolation.class);
    }

    @Test
    void a_submitted_report_goes_back_to_draft_only_with_a_reason() {
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new ReopenReport(WORKSHOP, " "))
                .expectException(IllegalArgumentException.class);
        fixture.given(PLANNED, RECORDED, SUBMITTED)
                .when(new ReopenReport(WORKSHOP, "Préciser la proposition."))
                .expectEvents(new ReportReopened(WORKSHOP, DAY, "Préciser la proposition."));
        fixture.given(PLANNED, RECORDED)
                .when(new ReopenReport(WORKSHOP, "Préciser."))
                .expectException(RuleViolation.class);
    }

    /** The planned workshop and {@code count} people named p-0, p-1, …, each in the event {@code named} makes. */
    static List<Object> people(int count, BiFunction<String, Person, Object> named) {
        List<Object> history = new ArrayList<>(List.of(PLANNED));
        for (int i = 0; i < count; i++) {
            history.add(named.apply("p-" + i, new Person("Person " + i, "Organisation " + i)));
        }
        return history;
    }

    static ParticipantEnrolled enrolled(String registrationId) {
        return new ParticipantEnrolled(WORKSHOP, DAY, registrationId);
    }
}
