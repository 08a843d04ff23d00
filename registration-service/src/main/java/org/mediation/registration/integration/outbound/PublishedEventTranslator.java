package org.mediation.registration.integration.outbound;

import java.util.Optional;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.springframework.stereotype.Component;

/**
 * The one place where internal events become published ones. Names and emails never leave; internal events it does
 * not name (such as {@code PersonalDataErased}) stay inside.
 */
@Component
class PublishedEventTranslator {

    private static final String PREFIX = "registration.";
    private static final String VERSION = ".v1";

    Optional<PublishedEvent> translate(Object event) {
        if (event instanceof RegionalDayScheduled e) {
            return published(
                    "RegionalDayScheduled",
                    e.dayId(),
                    new RegionalDayScheduledV1(e.dayId(), e.region(), e.title(), e.date(), e.venue(), e.capacity()));
        }
        if (event instanceof RegistrationOpened e) {
            return published("RegistrationOpened", e.dayId(), new RegionalDayRefV1(e.dayId()));
        }
        if (event instanceof RegistrationClosed e) {
            return published("RegistrationClosed", e.dayId(), new RegionalDayRefV1(e.dayId()));
        }
        if (event instanceof CapacityChanged e) {
            return published("CapacityChanged", e.dayId(), new CapacityChangedV1(e.dayId(), e.capacity()));
        }
        if (event instanceof ParticipantRegistered e) {
            return published(
                    "ParticipantRegistered",
                    e.dayId(),
                    new ParticipantRegisteredV1(
                            e.dayId(),
                            e.registrationId(),
                            e.status().name(),
                            e.category().name(),
                            e.organisation()));
        }
        if (event instanceof ParticipantWaitlisted e) {
            return published(
                    "ParticipantWaitlisted",
                    e.dayId(),
                    new ParticipantWaitlistedV1(e.dayId(), e.registrationId(), e.position()));
        }
        return translateChanges(event);
    }

    /** Events about an existing registration. */
    private static Optional<PublishedEvent> translateChanges(Object event) {
        if (event instanceof WaitlistedParticipantPromoted e) {
            return published(
                    "WaitlistedParticipantPromoted",
                    e.dayId(),
                    new WaitlistedParticipantPromotedV1(
                            e.dayId(), e.registrationId(), e.category().name()));
        }
        if (event instanceof RegistrationCancelled e) {
            return published(
                    "RegistrationCancelled",
                    e.dayId(),
                    new RegistrationCancelledV1(
                            e.dayId(),
                            e.registrationId(),
                            e.previousStatus().name(),
                            e.category().name()));
        }
        if (event instanceof ParticipantCheckedIn e) {
            return published(
                    "ParticipantCheckedIn",
                    e.dayId(),
                    new ParticipantCheckedInV1(
                            e.dayId(), e.registrationId(), e.category().name()));
        }
        return Optional.empty();
    }

    private static Optional<PublishedEvent> published(String name, String subject, Object data) {
        return Optional.of(new PublishedEvent(PREFIX + name + VERSION, subject, data));
    }
}
