package org.mediation.registration.notice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SelfRegistrationRepeated;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.mediation.registration.regionalday.query.RegistrationView;
import org.mediation.registration.regionalday.query.RegistrationViews;

/**
 * Tells participants by mail, driven by the service's own events (a tracking processor that starts at the head of the
 * event store: deploying it mails nobody about the past): confirmed or waitlisted at registration, promoted from the
 * waitlist, cancelled, and registered again on the public page (told at most a few times). Each event's notice is sent at most once ({@link NoticeLedger}); a refused or failed hand-over
 * to the SMTP server fails the event, which the processor retries, backing off; an erased participant is never
 * mailed (their personal data can no longer be opened).
 */
@ProcessingGroup(ParticipantNotices.PROCESSING_GROUP)
class ParticipantNotices {

    static final String PROCESSING_GROUP = "participant-notices";

    private final NoticeDelivery delivery;
    private final RegionalDayViews days;
    private final RegistrationViews registrations;
    /** The days mailed about lately: a day's title, date and venue are read once for all its participants. */
    private final Cache<String, RegionalDayView> recentDays = Caffeine.newBuilder()
            .maximumSize(50)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    ParticipantNotices(NoticeDelivery delivery, RegionalDayViews days, RegistrationViews registrations) {
        this.delivery = delivery;
        this.days = days;
        this.registrations = registrations;
    }

    @EventHandler
    void on(ParticipantRegistered event, @MessageIdentifier String eventId) {
        NoticeKind kind = event.status() == RegistrationStatus.CONFIRMED ? NoticeKind.CONFIRMED : NoticeKind.WAITLISTED;
        delivery.deliver(
                eventId, kind, event.registrationId(), event.personalData(), event.organisation(), day(event.dayId()));
    }

    @EventHandler
    void on(WaitlistedParticipantPromoted event, @MessageIdentifier String eventId) {
        fromTheView(eventId, NoticeKind.PROMOTED, event.dayId(), event.registrationId());
    }

    @EventHandler
    void on(RegistrationCancelled event, @MessageIdentifier String eventId) {
        fromTheView(eventId, NoticeKind.CANCELLED, event.dayId(), event.registrationId());
    }

    @EventHandler
    void on(SelfRegistrationRepeated event, @MessageIdentifier String eventId) {
        fromTheView(eventId, NoticeKind.REPEATED, event.dayId(), event.registrationId());
    }

    /** The registration's personal data from its view (subscribing, so written with the event); none once erased. */
    private void fromTheView(String eventId, NoticeKind kind, String dayId, String registrationId) {
        Optional<RegistrationView> view = registrations.find(dayId, registrationId);
        delivery.deliver(
                eventId,
                kind,
                registrationId,
                view.map(RegistrationView::personalData).orElse(null),
                view.map(RegistrationView::organisation).orElse(null),
                day(dayId));
    }

    private RegionalDayView day(String dayId) {
        return recentDays.get(dayId, id -> days.find(id).orElseThrow());
    }
}
