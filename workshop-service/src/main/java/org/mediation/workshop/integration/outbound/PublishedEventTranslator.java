package org.mediation.workshop.integration.outbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.util.Optional;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.theme.api.ThemeAdded;
import org.mediation.workshop.theme.api.ThemeRelabelled;
import org.mediation.workshop.theme.api.ThemeRetired;
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
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.WorkshopPlanned;
import org.springframework.stereotype.Component;

/**
 * The one place where internal events become published ones, on {@value #TOPIC} (record key = workshop id); the
 * platform's outbox sends them as CloudEvents. Internal events it does not name stay inside. The annotations are the
 * AsyncAPI document ({@code /springwolf/docs}); exact samples are in {@code docs/contracts/workshop-events/}.
 */
@Component
class PublishedEventTranslator implements org.mediation.platform.outbox.PublishedEventTranslator {

    static final String TOPIC = "workshop-events";
    static final String CATALOGUE = "theme-catalogue";

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = WorkshopPlannedV1.class,
            message = @AsyncMessage(messageId = WorkshopPlannedV1.TYPE, name = WorkshopPlannedV1.TYPE, description = "A regional team planned a workshop for one of its regional days.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = WorkshopScheduledV1.class,
            message = @AsyncMessage(messageId = WorkshopScheduledV1.TYPE, name = WorkshopScheduledV1.TYPE, description = "The regional team gave a workshop its times (local date-times of the day, Europe/Paris) and room, each possibly null; replaces its previous schedule.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = PersonRefV2.class,
            message = @AsyncMessage(messageId = PersonRefV2.FACILITATOR_ASSIGNED, name = PersonRefV2.FACILITATOR_ASSIGNED, description = "A co-facilitator was assigned, by person id (replaces workshop.FacilitatorAssigned.v1, which carried name and organisation).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = PersonRefV2.class,
            message = @AsyncMessage(messageId = PersonRefV2.FACILITATOR_REMOVED, name = PersonRefV2.FACILITATOR_REMOVED, description = "A co-facilitator was removed (on request: their name is personal data).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = PersonRefV2.class,
            message = @AsyncMessage(messageId = PersonRefV2.SPEAKER_ADDED, name = PersonRefV2.SPEAKER_ADDED, description = "A speaker was added, by person id (replaces workshop.SpeakerAdded.v1, which carried name and organisation).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = PersonRefV2.class,
            message = @AsyncMessage(messageId = PersonRefV2.SPEAKER_REMOVED, name = PersonRefV2.SPEAKER_REMOVED, description = "A speaker was removed.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RapporteurAssignedV1.class,
            message = @AsyncMessage(messageId = RapporteurAssignedV1.TYPE, name = RapporteurAssignedV1.TYPE, description = "The rapporteur (user id, name) was assigned or replaced.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantEnrolledV1.class,
            message = @AsyncMessage(messageId = ParticipantEnrolledV1.TYPE, name = ParticipantEnrolledV1.TYPE, description = "A confirmed registration of the day was enrolled.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantUnenrolledV1.class,
            message = @AsyncMessage(messageId = ParticipantUnenrolledV1.TYPE, name = ParticipantUnenrolledV1.TYPE, description = "A registration left the workshop, with the reason.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ContributionV1.class,
            message = @AsyncMessage(messageId = ContributionV1.RECORDED, name = ContributionV1.RECORDED, description = "The rapporteur recorded a contribution (kind, text, theme, tags).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ContributionV1.class,
            message = @AsyncMessage(messageId = ContributionV1.AMENDED, name = ContributionV1.AMENDED, description = "A draft contribution was amended; it keeps its place.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ContributionWithdrawnV1.class,
            message = @AsyncMessage(messageId = ContributionWithdrawnV1.TYPE, name = ContributionWithdrawnV1.TYPE, description = "A draft contribution was withdrawn.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ReportSubmittedV1.class,
            message = @AsyncMessage(messageId = ReportSubmittedV1.TYPE, name = ReportSubmittedV1.TYPE, description = "The report was submitted with that many live contributions.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ReportReopenedV1.class,
            message = @AsyncMessage(messageId = ReportReopenedV1.TYPE, name = ReportReopenedV1.TYPE, description = "The regional team sent the submitted report back to draft, with a reason.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = WorkshopRefV1.class,
            message = @AsyncMessage(messageId = WorkshopRefV1.TYPE, name = WorkshopRefV1.TYPE, description = "The regional team published the report: it is frozen.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ThemeV1.class,
            message = @AsyncMessage(messageId = ThemeV1.ADDED, name = ThemeV1.ADDED, description = "The national office added a theme to the catalogue (the seed's five at the first start); key and subject theme-catalogue, so the catalogue's events keep their order.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ThemeV1.class,
            message = @AsyncMessage(messageId = ThemeV1.RELABELLED, name = ThemeV1.RELABELLED, description = "A theme's French and English labels changed; its code never does.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ThemeRetiredV1.class,
            message = @AsyncMessage(messageId = ThemeRetiredV1.TYPE, name = ThemeRetiredV1.TYPE, description = "No new workshop on this theme; its history stays and it is still listed.")))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public Optional<PublishedEvent> translate(Object event) {
        return Optional.ofNullable(workshopEvent(event))
                .or(() -> Optional.ofNullable(personEvent(event)))
                .or(() -> Optional.ofNullable(reportEvent(event)))
                .or(() -> Optional.ofNullable(programmeEvent(event)))
                .or(() -> Optional.ofNullable(themeEvent(event)));
    }

    private static PublishedEvent workshopEvent(Object event) {
        if (event instanceof WorkshopPlanned e) {
            return published(
                    WorkshopPlannedV1.TYPE,
                    new WorkshopPlannedV1(
                            e.workshopId(), e.regionalDayId(), e.region(), e.themeCode(), e.title(), e.capacity()));
        }
        if (event instanceof RapporteurAssigned e) {
            return published(
                    RapporteurAssignedV1.TYPE,
                    new RapporteurAssignedV1(e.workshopId(), e.regionalDayId(), e.userId(), e.name()));
        }
        if (event instanceof ParticipantEnrolled e) {
            return published(
                    ParticipantEnrolledV1.TYPE,
                    new ParticipantEnrolledV1(e.workshopId(), e.regionalDayId(), e.registrationId()));
        }
        if (event instanceof ParticipantUnenrolled e) {
            return published(
                    ParticipantUnenrolledV1.TYPE,
                    new ParticipantUnenrolledV1(
                            e.workshopId(),
                            e.regionalDayId(),
                            e.registrationId(),
                            e.reason().name()));
        }
        if (event instanceof ContributionRecorded e) {
            return published(
                    ContributionV1.RECORDED,
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
                    ContributionV1.AMENDED,
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
                    ContributionWithdrawnV1.TYPE,
                    new ContributionWithdrawnV1(e.workshopId(), e.regionalDayId(), e.contributionId()));
        }
        return null;
    }

    /** By id only: the names and organisations of people stay in this service. */
    private static PublishedEvent personEvent(Object event) {
        if (event instanceof FacilitatorAssigned e) {
            return published(
                    PersonRefV2.FACILITATOR_ASSIGNED,
                    new PersonRefV2(e.workshopId(), e.regionalDayId(), e.facilitatorId()));
        }
        if (event instanceof FacilitatorRemoved e) {
            return published(
                    PersonRefV2.FACILITATOR_REMOVED, new PersonRefV2(e.workshopId(), e.regionalDayId(), e.personId()));
        }
        if (event instanceof SpeakerAdded e) {
            return published(
                    PersonRefV2.SPEAKER_ADDED, new PersonRefV2(e.workshopId(), e.regionalDayId(), e.speakerId()));
        }
        if (event instanceof SpeakerRemoved e) {
            return published(
                    PersonRefV2.SPEAKER_REMOVED, new PersonRefV2(e.workshopId(), e.regionalDayId(), e.personId()));
        }
        return null;
    }

    private static PublishedEvent reportEvent(Object event) {
        if (event instanceof ReportSubmitted e) {
            return published(
                    ReportSubmittedV1.TYPE,
                    new ReportSubmittedV1(e.workshopId(), e.regionalDayId(), e.contributions()));
        }
        if (event instanceof ReportReopened e) {
            return published(
                    ReportReopenedV1.TYPE, new ReportReopenedV1(e.workshopId(), e.regionalDayId(), e.reason()));
        }
        if (event instanceof ReportPublished e) {
            return published(WorkshopRefV1.TYPE, new WorkshopRefV1(e.workshopId(), e.regionalDayId()));
        }
        return null;
    }

    /** From the day's programme aggregate; keyed by the workshop like the workshop's own events. */
    private static PublishedEvent programmeEvent(Object event) {
        if (event instanceof WorkshopScheduled e) {
            return published(
                    WorkshopScheduledV1.TYPE,
                    new WorkshopScheduledV1(
                            e.workshopId(), e.regionalDayId(), e.region(), e.startsAt(), e.endsAt(), e.room()));
        }
        return null;
    }

    /** The catalogue's events share one key, hence one partition: consumers read them in the order they happened. */
    private static PublishedEvent themeEvent(Object event) {
        if (event instanceof ThemeAdded e) {
            return new PublishedEvent(ThemeV1.ADDED, CATALOGUE, new ThemeV1(e.code(), e.labelFr(), e.labelEn()));
        }
        if (event instanceof ThemeRelabelled e) {
            return new PublishedEvent(ThemeV1.RELABELLED, CATALOGUE, new ThemeV1(e.code(), e.labelFr(), e.labelEn()));
        }
        if (event instanceof ThemeRetired e) {
            return new PublishedEvent(ThemeRetiredV1.TYPE, CATALOGUE, new ThemeRetiredV1(e.code()));
        }
        return null;
    }

    private static PublishedEvent published(String type, WorkshopEventData data) {
        return new PublishedEvent(type, data.workshopId(), data);
    }
}
