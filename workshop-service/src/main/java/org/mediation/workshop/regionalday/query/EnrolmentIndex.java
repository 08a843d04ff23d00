package org.mediation.workshop.regionalday.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.ParticipantUnenrolled;
import org.springframework.stereotype.Component;

/** Remembers, per registration, the workshops it is enrolled in: a cancellation must find them by the registration id. */
@Component
@ProcessingGroup("workshop-views")
class EnrolmentIndex {

    private final RegionalDayCopy copy;

    EnrolmentIndex(RegionalDayCopy copy) {
        this.copy = copy;
    }

    @EventHandler
    void on(ParticipantEnrolled event) {
        copy.enrolled(event.registrationId(), event.workshopId());
    }

    @EventHandler
    void on(ParticipantUnenrolled event) {
        copy.unenrolled(event.registrationId(), event.workshopId());
    }
}
