package org.mediation.workshop.workshop.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
import org.mediation.workshop.workshop.api.PlanWorkshop;
import org.mediation.workshop.workshop.api.PublishReport;
import org.mediation.workshop.workshop.api.RapporteurAssigned;
import org.mediation.workshop.workshop.api.RecordContribution;
import org.mediation.workshop.workshop.api.RemoveFacilitator;
import org.mediation.workshop.workshop.api.RemoveSpeaker;
import org.mediation.workshop.workshop.api.ReopenReport;
import org.mediation.workshop.workshop.api.ReportPublished;
import org.mediation.workshop.workshop.api.ReportReopened;
import org.mediation.workshop.workshop.api.ReportStatus;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.SubmitReport;
import org.mediation.workshop.workshop.api.UnenrolParticipant;
import org.mediation.workshop.workshop.api.WithdrawContribution;
import org.mediation.workshop.workshop.api.WorkshopPlanned;

/** One thematic workshop of a regional day: who runs it, who attends, and the rapporteur's report. */
@Aggregate(cache = "workshopCache")
class Workshop {

    /** A workshop is co-facilitated by a few organisations; ten is more than any afternoon needs. */
    static final int MAX_FACILITATORS = 10;

    /** Speakers come from a few others; twenty would fill a plenary. */
    static final int MAX_SPEAKERS = 20;

    @AggregateIdentifier
    private String workshopId;

    private String regionalDayId;
    private String themeCode;
    private Enrolments enrolments;
    private Rapporteur rapporteur;
    private final Roster facilitators = new Roster("facilitators", MAX_FACILITATORS);
    private final Roster speakers = new Roster("speakers", MAX_SPEAKERS);
    private final Report report = new Report();

    Workshop() {}

    /**
     * Rules: a workshop is planned only for a regional day this service knows, and takes that day's region; the day
     * has room for one more workshop ({@link WorkshopsPerDay}); its theme is catalogued and not retired
     * ({@link WorkshopThemes}).
     */
    @CommandHandler
    Workshop(PlanWorkshop command, RegionalDays regionalDays, PlannedWorkshops planned, ThemeCatalogue themes) {
        String theme = WorkshopThemes.requireOpen(command.themeCode(), themes);
        Title title = new Title(command.title());
        Capacity capacity = new Capacity(command.capacity());
        String region = regionalDays
                .regionOf(command.regionalDayId())
                .orElseThrow(() -> new RuleViolation("regional day not known yet: " + command.regionalDayId()));
        WorkshopsPerDay.requireRoomOn(command.regionalDayId(), planned);
        apply(new WorkshopPlanned(
                command.workshopId(), command.regionalDayId(), region, theme, title.value(), capacity.seats()));
    }

    /** Rules: an organisation's person co-facilitates a workshop once; at most {@value #MAX_FACILITATORS}. */
    @CommandHandler
    void handle(AssignFacilitator command) {
        facilitators.requireRoomFor(command.facilitator());
        apply(new FacilitatorAssigned(workshopId, regionalDayId, command.personId(), command.facilitator()));
    }

    /** Rules: a speaker is added once; at most {@value #MAX_SPEAKERS}. */
    @CommandHandler
    void handle(AddSpeaker command) {
        speakers.requireRoomFor(command.speaker());
        apply(new SpeakerAdded(workshopId, regionalDayId, command.personId(), command.speaker()));
    }

    /**
     * Rule: only a named facilitator is removed. Allowed at any time, a published report included: a name is personal
     * data, removed on request.
     */
    @CommandHandler
    void handle(RemoveFacilitator command) {
        facilitators.requireNamed(command.personId());
        apply(new FacilitatorRemoved(workshopId, regionalDayId, command.personId()));
    }

    /** Rule: only a named speaker is removed; at any time, as a facilitator. */
    @CommandHandler
    void handle(RemoveSpeaker command) {
        speakers.requireNamed(command.personId());
        apply(new SpeakerRemoved(workshopId, regionalDayId, command.personId()));
    }

    /** One rapporteur per workshop: assigning another replaces them; assigning the same again changes nothing. */
    @CommandHandler
    void handle(AssignRapporteur command) {
        Rapporteur named = new Rapporteur(command.userId(), command.name());
        if (!named.equals(rapporteur)) {
            apply(new RapporteurAssigned(workshopId, regionalDayId, named.userId(), named.name()));
        }
    }

    /** Rules: only a registration confirmed for this workshop's day, within capacity, once. */
    @CommandHandler
    void handle(EnrolParticipant command, ConfirmedRegistrations registrations) {
        if (!registrations.isConfirmedFor(regionalDayId, command.registrationId())) {
            throw new RuleViolation("Only a registration confirmed for this regional day can be enrolled.");
        }
        enrolments.requireNotEnrolled(command.registrationId());
        enrolments.requireRoom();
        apply(new ParticipantEnrolled(workshopId, regionalDayId, command.registrationId()));
    }

    /** Idempotent: a registration that is not (or no longer) enrolled is left alone. */
    @CommandHandler
    void handle(UnenrolParticipant command) {
        if (enrolments.contains(command.registrationId())) {
            apply(new ParticipantUnenrolled(workshopId, regionalDayId, command.registrationId(), command.reason()));
        }
    }

    @CommandHandler
    void handle(RecordContribution command) {
        report.requireDraft();
        report.requireRoomForContribution();
        ContributionText text = new ContributionText(command.text());
        Tags tags = new Tags(command.tags());
        apply(new ContributionRecorded(
                workshopId,
                regionalDayId,
                command.contributionId(),
                kindOf(command.kind()),
                text.value(),
                themeCode,
                tags.values()));
    }

    @CommandHandler
    void handle(AmendContribution command) {
        report.requireDraft();
        report.requireContribution(command.contributionId());
        ContributionText text = new ContributionText(command.text());
        Tags tags = new Tags(command.tags());
        apply(new ContributionAmended(
                workshopId,
                regionalDayId,
                command.contributionId(),
                kindOf(command.kind()),
                text.value(),
                themeCode,
                tags.values()));
    }

    @CommandHandler
    void handle(WithdrawContribution command) {
        report.requireDraft();
        report.requireContribution(command.contributionId());
        apply(new ContributionWithdrawn(workshopId, regionalDayId, command.contributionId()));
    }

    @CommandHandler
    void handle(SubmitReport command) {
        report.requireSubmittable();
        apply(new ReportSubmitted(workshopId, regionalDayId, report.contributionCount()));
    }

    @CommandHandler
    void handle(PublishReport command) {
        report.requireSubmitted("published");
        apply(new ReportPublished(workshopId, regionalDayId));
    }

    @CommandHandler
    void handle(ReopenReport command) {
        ReopeningReason reason = new ReopeningReason(command.reason());
        report.requireSubmitted("reopened");
        apply(new ReportReopened(workshopId, regionalDayId, reason.value()));
    }

    private static ContributionKind kindOf(ContributionKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be one of FINDING, PROBLEM, PROPOSAL, PRACTICE, DEBATE");
        }
        return kind;
    }

    @EventSourcingHandler
    void on(WorkshopPlanned event) {
        workshopId = event.workshopId();
        regionalDayId = event.regionalDayId();
        themeCode = event.themeCode();
        enrolments = new Enrolments(new Capacity(event.capacity()));
    }

    @EventSourcingHandler
    void on(FacilitatorAssigned event) {
        facilitators.named(event.facilitatorId(), event.facilitator());
    }

    @EventSourcingHandler
    void on(FacilitatorRemoved event) {
        facilitators.removed(event.personId());
    }

    @EventSourcingHandler
    void on(SpeakerAdded event) {
        speakers.named(event.speakerId(), event.speaker());
    }

    @EventSourcingHandler
    void on(SpeakerRemoved event) {
        speakers.removed(event.personId());
    }

    @EventSourcingHandler
    void on(RapporteurAssigned event) {
        rapporteur = new Rapporteur(event.userId(), event.name());
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        enrolments.add(event.registrationId());
    }

    @EventSourcingHandler
    void on(ParticipantUnenrolled event) {
        enrolments.remove(event.registrationId());
    }

    @EventSourcingHandler
    void on(ContributionRecorded event) {
        report.recorded(event.contributionId());
    }

    @EventSourcingHandler
    void on(ContributionWithdrawn event) {
        report.withdrawn(event.contributionId());
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        report.moveTo(ReportStatus.SUBMITTED);
    }

    @EventSourcingHandler
    void on(ReportReopened event) {
        report.moveTo(ReportStatus.DRAFT);
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        report.moveTo(ReportStatus.PUBLISHED);
    }
}
