package org.mediation.registration.integration.outbound;

import java.util.Optional;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.springframework.stereotype.Component;

/** The one place where internal events become published ones; internal events it does not name stay inside. */
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
        return Optional.empty();
    }

    private static Optional<PublishedEvent> published(String name, String subject, Object data) {
        return Optional.of(new PublishedEvent(PREFIX + name + VERSION, subject, data));
    }
}
