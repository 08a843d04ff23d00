package org.mediation.registration.integration.outbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.util.Optional;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.springframework.stereotype.Component;

/**
 * The one place where internal events become published ones, on {@value #TOPIC} (record key = regional day id); the
 * platform's outbox sends them as CloudEvents. Names, emails and organisations never leave; an erasure leaves as ids
 * only. The annotations are the AsyncAPI document ({@code /springwolf/docs}).
 */
@Component
class PublishedEventTranslator implements org.mediation.platform.outbox.PublishedEventTranslator {

    static final String TOPIC = "registration-events";

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegionalDayScheduledV1.class,
            message = @AsyncMessage(messageId = RegionalDayScheduledV1.TYPE, name = RegionalDayScheduledV1.TYPE, description = "A regional day was scheduled.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegionalDayRefV1.class,
            message = @AsyncMessage(messageId = RegionalDayRefV1.OPENED, name = RegionalDayRefV1.OPENED, description = "Registration opened.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegionalDayRefV1.class,
            message = @AsyncMessage(messageId = RegionalDayRefV1.CLOSED, name = RegionalDayRefV1.CLOSED, description = "Registration closed.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = CapacityChangedV1.class,
            message = @AsyncMessage(messageId = CapacityChangedV1.TYPE, name = CapacityChangedV1.TYPE, description = "The capacity changed.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantRegisteredV2.class,
            message = @AsyncMessage(messageId = ParticipantRegisteredV2.TYPE, name = ParticipantRegisteredV2.TYPE, description = "CONFIRMED or WAITLISTED. Published instead of v1 since issue 28: no organisation (personal data, sealed).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantRegisteredV1.class,
            message = @AsyncMessage(messageId = ParticipantRegisteredV1.TYPE, name = ParticipantRegisteredV1.TYPE, description = "DEPRECATED, no longer published (replaced by v2): records already on the topic keep this shape; read it as v2, ignoring organisation.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantWaitlistedV1.class,
            message = @AsyncMessage(messageId = ParticipantWaitlistedV1.TYPE, name = ParticipantWaitlistedV1.TYPE, description = "1-based waitlist position.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = WaitlistedParticipantPromotedV1.class,
            message = @AsyncMessage(messageId = WaitlistedParticipantPromotedV1.TYPE, name = WaitlistedParticipantPromotedV1.TYPE, description = "Took a free seat.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = RegistrationCancelledV1.class,
            message = @AsyncMessage(messageId = RegistrationCancelledV1.TYPE, name = RegistrationCancelledV1.TYPE, description = "Confirmed or waitlisted.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ParticipantCheckedInV1.class,
            message = @AsyncMessage(messageId = ParticipantCheckedInV1.TYPE, name = ParticipantCheckedInV1.TYPE, description = "Checked in; checkIn numbers the participant's check-ins (absent on older records: 1).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = CheckInUndoneV1.class,
            message = @AsyncMessage(messageId = CheckInUndoneV1.TYPE, name = CheckInUndoneV1.TYPE, description = "A mistaken check-in undone: present while the highest checkIn seen is above the highest undoneCheckIn.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = PersonalDataErasedV1.class,
            message = @AsyncMessage(messageId = PersonalDataErasedV1.TYPE, name = PersonalDataErasedV1.TYPE, description = "Personal data erased: drop the link.")))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public Optional<PublishedEvent> translate(Object event) {
        if (event instanceof RegionalDayScheduled e) {
            return published(
                    RegionalDayScheduledV1.TYPE,
                    e.dayId(),
                    new RegionalDayScheduledV1(e.dayId(), e.region(), e.title(), e.date(), e.venue(), e.capacity()));
        }
        if (event instanceof RegistrationOpened e) {
            return published(RegionalDayRefV1.OPENED, e.dayId(), new RegionalDayRefV1(e.dayId()));
        }
        if (event instanceof RegistrationClosed e) {
            return published(RegionalDayRefV1.CLOSED, e.dayId(), new RegionalDayRefV1(e.dayId()));
        }
        if (event instanceof CapacityChanged e) {
            return published(CapacityChangedV1.TYPE, e.dayId(), new CapacityChangedV1(e.dayId(), e.capacity()));
        }
        if (event instanceof ParticipantRegistered e) {
            return published(
                    ParticipantRegisteredV2.TYPE,
                    e.dayId(),
                    new ParticipantRegisteredV2(
                            e.dayId(),
                            e.registrationId(),
                            e.status().name(),
                            e.category().name()));
        }
        if (event instanceof ParticipantWaitlisted e) {
            return published(
                    ParticipantWaitlistedV1.TYPE,
                    e.dayId(),
                    new ParticipantWaitlistedV1(e.dayId(), e.registrationId(), e.position()));
        }
        return translateChanges(event);
    }

    /** Events about an existing registration. */
    private static Optional<PublishedEvent> translateChanges(Object event) {
        if (event instanceof WaitlistedParticipantPromoted e) {
            return published(
                    WaitlistedParticipantPromotedV1.TYPE,
                    e.dayId(),
                    new WaitlistedParticipantPromotedV1(
                            e.dayId(), e.registrationId(), e.category().name()));
        }
        if (event instanceof RegistrationCancelled e) {
            return published(
                    RegistrationCancelledV1.TYPE,
                    e.dayId(),
                    new RegistrationCancelledV1(
                            e.dayId(),
                            e.registrationId(),
                            e.previousStatus().name(),
                            e.category().name()));
        }
        if (event instanceof PersonalDataErased e) {
            return published(
                    PersonalDataErasedV1.TYPE, e.dayId(), new PersonalDataErasedV1(e.dayId(), e.registrationId()));
        }
        if (event instanceof ParticipantCheckedIn e) {
            return published(
                    ParticipantCheckedInV1.TYPE,
                    e.dayId(),
                    new ParticipantCheckedInV1(
                            e.dayId(), e.registrationId(), e.category().name(), e.number()));
        }
        if (event instanceof CheckInUndone e) {
            return published(
                    CheckInUndoneV1.TYPE,
                    e.dayId(),
                    new CheckInUndoneV1(
                            e.dayId(), e.registrationId(), e.category().name(), e.undoneCheckIn()));
        }
        return Optional.empty();
    }

    private static Optional<PublishedEvent> published(String type, String subject, Object data) {
        return Optional.of(new PublishedEvent(type, subject, data));
    }
}
