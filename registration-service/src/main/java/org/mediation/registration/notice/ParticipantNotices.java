package org.mediation.registration.notice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.mediation.registration.regionalday.query.RegistrationView;
import org.mediation.registration.regionalday.query.RegistrationViews;

/**
 * Tells participants by mail, driven by the service's own events (a tracking processor that starts at the head of the
 * event store: deploying it mails nobody about the past): confirmed or waitlisted at registration, promoted from the
 * waitlist, cancelled. Each event's notice is sent at most once ({@link NoticeLedger}); a refused or failed hand-over
 * to the SMTP server fails the event, which the processor retries, backing off; an erased participant is never
 * mailed (their personal data can no longer be opened).
 */
@ProcessingGroup(ParticipantNotices.PROCESSING_GROUP)
class ParticipantNotices {

    static final String PROCESSING_GROUP = "participant-notices";

    private final NoticeLedger ledger;
    private final NoticeMailer mailer;
    private final PersonalDataCipher cipher;
    private final RegionalDayViews days;
    private final RegistrationViews registrations;
    /** The days mailed about lately: a day's title, date and venue are read once for all its participants. */
    private final Cache<String, RegionalDayView> recentDays = Caffeine.newBuilder()
            .maximumSize(50)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    ParticipantNotices(
            NoticeLedger ledger,
            NoticeMailer mailer,
            PersonalDataCipher cipher,
            RegionalDayViews days,
            RegistrationViews registrations) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.cipher = cipher;
        this.days = days;
        this.registrations = registrations;
    }

    @EventHandler
    void on(ParticipantRegistered event, @MessageIdentifier String eventId) {
        NoticeKind kind = event.status() == RegistrationStatus.CONFIRMED ? NoticeKind.CONFIRMED : NoticeKind.WAITLISTED;
        notify(eventId, kind, event.dayId(), event.registrationId(), () -> cipher.open(
                        event.registrationId(), event.personalData())
                .map(person -> person.withOrganisationIfNone(event.organisation())));
    }

    @EventHandler
    void on(WaitlistedParticipantPromoted event, @MessageIdentifier String eventId) {
        notify(
                eventId,
                NoticeKind.PROMOTED,
                event.dayId(),
                event.registrationId(),
                person(event.dayId(), event.registrationId()));
    }

    @EventHandler
    void on(RegistrationCancelled event, @MessageIdentifier String eventId) {
        notify(
                eventId,
                NoticeKind.CANCELLED,
                event.dayId(),
                event.registrationId(),
                person(event.dayId(), event.registrationId()));
    }

    private void notify(
            String eventId,
            NoticeKind kind,
            String dayId,
            String registrationId,
            Supplier<Optional<PersonalData>> person) {
        if (!ledger.claim(eventId, registrationId, kind)) {
            return;
        }
        Optional<PersonalData> recipient = person.get();
        if (recipient.isEmpty()) {
            ledger.skipped(eventId);
            return;
        }
        try {
            mailer.send(kind, recipient.get(), recentDays.get(dayId, id -> days.find(id)
                    .orElseThrow()));
        } catch (RuntimeException e) {
            ledger.release(eventId);
            throw e;
        }
        ledger.sent(eventId);
    }

    /** The registration's personal data from its view (subscribing, so written with the event); empty once erased. */
    private Supplier<Optional<PersonalData>> person(String dayId, String registrationId) {
        return () -> registrations
                .find(dayId, registrationId)
                .filter(view -> !view.isErased())
                .flatMap(this::open);
    }

    private Optional<PersonalData> open(RegistrationView view) {
        return cipher.open(view.id(), view.personalData())
                .map(person -> person.withOrganisationIfNone(view.organisation()));
    }
}
