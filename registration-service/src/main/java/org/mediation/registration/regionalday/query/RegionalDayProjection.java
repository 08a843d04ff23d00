package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.springframework.stereotype.Component;

/** Keeps {@link RegionalDayView}s up to date, in the same unit of work as the command (subscribing processor). */
@Component
@ProcessingGroup("regional-day-views")
class RegionalDayProjection {

    private final RegionalDayViews views;

    RegionalDayProjection(RegionalDayViews views) {
        this.views = views;
    }

    @EventHandler
    void on(RegionalDayScheduled event) {
        RegionalDayView view = new RegionalDayView(
                event.dayId(),
                event.region(),
                event.title(),
                event.date(),
                event.venue(),
                event.capacity(),
                RegionalDayStatus.SCHEDULED.name(),
                0,
                0,
                0,
                0);
        views.collection().replaceOne(eq(event.dayId()), view, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(RegistrationOpened event) {
        views.collection().updateOne(eq(event.dayId()), set("status", RegionalDayStatus.OPEN.name()));
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        String counter = event.status() == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted";
        views.collection().updateOne(eq(event.dayId()), inc(counter, 1));
    }
}
