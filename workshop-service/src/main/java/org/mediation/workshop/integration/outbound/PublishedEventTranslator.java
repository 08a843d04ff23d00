package org.mediation.workshop.integration.outbound;

import java.util.Optional;
import org.mediation.workshop.workshop.api.ContributionAmended;
import org.mediation.workshop.workshop.api.ContributionRecorded;
import org.mediation.workshop.workshop.api.ContributionWithdrawn;
import org.mediation.workshop.workshop.api.FacilitatorAssigned;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.ParticipantUnenrolled;
import org.mediation.workshop.workshop.api.RapporteurAssigned;
import org.mediation.workshop.workshop.api.ReportPublished;
import org.mediation.workshop.workshop.api.ReportReopened;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.WorkshopPlanned;
import org.springframework.stereotype.Component;

/** The one place where internal events become published ones; internal events it does not name stay inside. */
@Component
class PublishedEventTranslator {

    private static final String PREFIX = "workshop.";
    private static final String VERSION = ".v1";

    Optional<PublishedEvent> translate(Object event) {
        return Optional.ofNullable(workshopEvent(event)).or(() -> Optional.ofNullable(reportEvent(event)));
    }

    private static PublishedEvent workshopEvent(Object event) {
        if (event instanceof WorkshopPlanned e) {
            return published(
                    "WorkshopPlanned",
                    new WorkshopPlannedV1(
                            e.workshopId(), e.regionalDayId(), e.region(), e.themeCode(), e.title(), e.capacity()));
        }
        if (event instanceof FacilitatorAssigned e) {
            return published(
                    "FacilitatorAssigned",
                    new PersonV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.facilitator().name(),
                            e.facilitator().organisation()));
        }
        if (event instanceof SpeakerAdded e) {
            return published(
                    "SpeakerAdded",
                    new PersonV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.speaker().name(),
                            e.speaker().organisation()));
        }
        if (event instanceof RapporteurAssigned e) {
            return published(
                    "RapporteurAssigned",
                    new RapporteurAssignedV1(e.workshopId(), e.regionalDayId(), e.userId(), e.name()));
        }
        if (event instanceof ParticipantEnrolled e) {
            return published(
                    "ParticipantEnrolled",
                    new ParticipantEnrolledV1(e.workshopId(), e.regionalDayId(), e.registrationId()));
        }
        if (event instanceof ParticipantUnenrolled e) {
            return published(
                    "ParticipantUnenrolled",
                    new ParticipantUnenrolledV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.registrationId(),
                            e.reason().name()));
        }
        if (event instanceof ContributionRecorded e) {
            return published(
                    "ContributionRecorded",
                    new ContributionV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.contributionId(),
                            e.kind().name(),
                            e.text(),
                            e.themeCode(),
                            e.tags()));
        }
        if (event instanceof ContributionAmended e) {
            return published(
                    "ContributionAmended",
                    new ContributionV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.contributionId(),
                            e.kind().name(),
                            e.text(),
                            e.themeCode(),
                            e.tags()));
        }
        if (event instanceof ContributionWithdrawn e) {
            return published(
                    "ContributionWithdrawn",
                    new ContributionWithdrawnV1(e.workshopId(), e.regionalDayId(), e.contributionId()));
        }
        return null;
    }

    private static PublishedEvent reportEvent(Object event) {
        if (event instanceof ReportSubmitted e) {
            return published(
                    "ReportSubmitted", new ReportSubmittedV1(e.workshopId(), e.regionalDayId(), e.contributions()));
        }
        if (event instanceof ReportReopened e) {
            return published("ReportReopened", new ReportReopenedV1(e.workshopId(), e.regionalDayId(), e.reason()));
        }
        if (event instanceof ReportPublished e) {
            return published("ReportPublished", new WorkshopRefV1(e.workshopId(), e.regionalDayId()));
        }
        return null;
    }

    private static PublishedEvent published(String name, WorkshopEventData data) {
        return new PublishedEvent(PREFIX + name + VERSION, data.workshopId(), data);
    }
}
