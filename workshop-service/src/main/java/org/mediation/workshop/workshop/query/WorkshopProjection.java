package org.mediation.workshop.workshop.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.workshop.api.ContributionAmended;
import org.mediation.workshop.workshop.api.ContributionRecorded;
import org.mediation.workshop.workshop.api.ContributionWithdrawn;
import org.mediation.workshop.workshop.api.FacilitatorAssigned;
import org.mediation.workshop.workshop.api.FacilitatorRemoved;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.ParticipantUnenrolled;
import org.mediation.workshop.workshop.api.RapporteurAssigned;
import org.mediation.workshop.workshop.api.ReportPublished;
import org.mediation.workshop.workshop.api.ReportReopened;
import org.mediation.workshop.workshop.api.ReportStatus;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.WorkshopPlanned;
import org.springframework.stereotype.Component;

/** Keeps {@link WorkshopView}s up to date, in the same unit of work as the command (subscribing processor). */
@Component
@ProcessingGroup(WorkshopProjection.PROCESSING_GROUP)
class WorkshopProjection {

    static final String PROCESSING_GROUP = "workshop-views";

    private final WorkshopViews views;

    WorkshopProjection(WorkshopViews views) {
        this.views = views;
    }

    @EventHandler
    void on(WorkshopPlanned e, @SequenceNumber long sequence) {
        views.save(
                WorkshopView.planned(
                        e.workshopId(), e.regionalDayId(), e.region(), e.themeCode(), e.title(), e.capacity()),
                sequence);
    }

    @EventHandler
    void on(FacilitatorAssigned e, @SequenceNumber long sequence) {
        PersonView facilitator = new PersonView(
                e.facilitatorId(), e.facilitator().name(), e.facilitator().organisation());
        views.update(e.workshopId(), sequence, view -> view.withFacilitator(facilitator));
    }

    @EventHandler
    void on(FacilitatorRemoved e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withoutFacilitator(e.personId()));
    }

    @EventHandler
    void on(SpeakerAdded e, @SequenceNumber long sequence) {
        PersonView speaker =
                new PersonView(e.speakerId(), e.speaker().name(), e.speaker().organisation());
        views.update(e.workshopId(), sequence, view -> view.withSpeaker(speaker));
    }

    @EventHandler
    void on(SpeakerRemoved e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withoutSpeaker(e.personId()));
    }

    @EventHandler
    void on(RapporteurAssigned e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withRapporteur(new RapporteurView(e.userId(), e.name())));
    }

    @EventHandler
    void on(ParticipantEnrolled e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withEnrolled(view.enrolled() + 1));
    }

    @EventHandler
    void on(ParticipantUnenrolled e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withEnrolled(view.enrolled() - 1));
    }

    @EventHandler
    void on(ContributionRecorded e, @SequenceNumber long sequence) {
        ContributionView contribution = new ContributionView(e.contributionId(), e.kind(), e.text(), e.tags());
        views.update(e.workshopId(), sequence, view -> view.withContribution(contribution));
    }

    @EventHandler
    void on(ContributionAmended e, @SequenceNumber long sequence) {
        ContributionView contribution = new ContributionView(e.contributionId(), e.kind(), e.text(), e.tags());
        views.update(e.workshopId(), sequence, view -> view.withContribution(contribution));
    }

    @EventHandler
    void on(ContributionWithdrawn e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withoutContribution(e.contributionId()));
    }

    @EventHandler
    void on(ReportSubmitted e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withReportStatus(ReportStatus.SUBMITTED));
    }

    @EventHandler
    void on(ReportReopened e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withReportStatus(ReportStatus.DRAFT));
    }

    @EventHandler
    void on(ReportPublished e, @SequenceNumber long sequence) {
        views.update(e.workshopId(), sequence, view -> view.withReportStatus(ReportStatus.PUBLISHED));
    }

    /** From the day's programme, whose sequence numbers are its own: kept apart from the workshop's. */
    @EventHandler
    void on(WorkshopScheduled e, @SequenceNumber long programmeSequence) {
        views.schedule(e.workshopId(), programmeSequence, e.startsAt(), e.endsAt(), e.room());
    }
}
