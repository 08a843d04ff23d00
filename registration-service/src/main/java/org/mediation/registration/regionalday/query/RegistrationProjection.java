package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;
import org.mediation.platform.mongo.Inserts;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.springframework.stereotype.Component;

/** Keeps {@link RegistrationView}s up to date in the command's unit of work; upserts by id, guarded by sequence. */
@Component
@ProcessingGroup(RegionalDayViews.PROCESSING_GROUP)
class RegistrationProjection {

    private final RegistrationViews views;

    RegistrationProjection(RegistrationViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence) {
        Inserts.ifAbsent(
                views.collection(),
                new RegistrationView(
                        event.registrationId(),
                        event.dayId(),
                        sequence,
                        event.status().name(),
                        false,
                        event.category().name(),
                        event.organisation(),
                        event.personalData(),
                        sequence));
    }

    @EventHandler
    void on(WaitlistedParticipantPromoted event, @SequenceNumber long sequence) {
        update(event.registrationId(), sequence, set("status", RegistrationStatus.CONFIRMED.name()));
    }

    @EventHandler
    void on(RegistrationCancelled event, @SequenceNumber long sequence) {
        update(event.registrationId(), sequence, set("status", RegistrationStatus.CANCELLED.name()));
    }

    @EventHandler
    void on(ParticipantCheckedIn event, @SequenceNumber long sequence) {
        update(event.registrationId(), sequence, set("checkedIn", true));
    }

    @EventHandler
    void on(CheckInUndone event, @SequenceNumber long sequence) {
        update(event.registrationId(), sequence, set("checkedIn", false));
    }

    /**
     * The sealed copy goes too (nothing here could be opened anyway once the key is shredded), and so does the
     * organisation in clear of a registration recorded before it was sealed.
     */
    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        update(event.registrationId(), sequence, set("personalData", null), set("organisation", null));
    }

    private void update(String registrationId, long sequence, Bson... changes) {
        views.collection()
                .updateOne(
                        and(eq(registrationId), lt("sequence", sequence)),
                        combine(combine(changes), set("sequence", sequence)));
    }
}
