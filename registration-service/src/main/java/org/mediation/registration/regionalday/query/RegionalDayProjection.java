package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SelfRegistrationClosed;
import org.mediation.registration.regionalday.api.SelfRegistrationOpened;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link RegionalDayView}s up to date, in the same unit of work as the command (subscribing processor). Each
 * event of the day is applied only right after the one before it ({@code sequence} is the last applied): a view that
 * missed an event stays behind its store, visibly, and the next event of the day that finds it behind fails, which
 * has {@link RegionalDayViewRepair} catch it up from the store.
 */
@Component
@ProcessingGroup(RegionalDayViews.PROCESSING_GROUP)
class RegionalDayProjection {

    private final RegionalDayViews views;

    RegionalDayProjection(RegionalDayViews views) {
        this.views = views;
    }

    @EventHandler
    void on(RegionalDayScheduled event, @SequenceNumber long sequence) {
        if (views.find(event.dayId()).isEmpty()) {
            views.collection()
                    .insertOne(new RegionalDayView(
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
                            0,
                            null,
                            sequence));
        }
    }

    @EventHandler
    void on(RegistrationOpened event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, set("status", RegionalDayStatus.OPEN.name()));
    }

    @EventHandler
    void on(RegistrationClosed event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, set("status", RegionalDayStatus.CLOSED.name()));
    }

    @EventHandler
    void on(SelfRegistrationOpened event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, set("selfRegistration", new SelfRegistrationView(true, event.closesOn())));
    }

    @EventHandler
    void on(SelfRegistrationClosed event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, set("selfRegistration", new SelfRegistrationView(false, null)));
    }

    @EventHandler
    void on(CapacityChanged event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, set("capacity", event.capacity()));
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, inc(counter(event.status()), 1));
    }

    @EventHandler
    void on(WaitlistedParticipantPromoted event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, inc("waitlisted", -1), inc("confirmed", 1));
    }

    @EventHandler
    void on(RegistrationCancelled event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, inc(counter(event.previousStatus()), -1), inc("cancelled", 1));
    }

    @EventHandler
    void on(ParticipantCheckedIn event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, inc("checkedIn", 1));
    }

    @EventHandler
    void on(CheckInUndone event, @SequenceNumber long sequence) {
        update(event.dayId(), sequence, inc("checkedIn", -1));
    }

    /** An event that changes none of the day's figures still moves its view to that position. */
    @EventHandler
    void on(Object other, DomainEventMessage<?> event) {
        update(event.getAggregateIdentifier(), event.getSequenceNumber());
    }

    private static String counter(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "confirmed";
            case WAITLISTED -> "waitlisted";
            case CANCELLED -> "cancelled";
        };
    }

    private void update(String dayId, long sequence, Bson... changes) {
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(set("sequence", sequence));
        if (views.collection()
                                .updateOne(and(eq(dayId), eq("sequence", sequence - 1)), combine(all))
                                .getMatchedCount()
                        == 0
                && behind(dayId, sequence)) {
            throw new IllegalStateException(
                    "The view of regional day " + dayId + " missed an event before " + sequence);
        }
    }

    /**
     * A view that did not take its event is behind when it has not applied it already (a redelivery or a rebuild):
     * failing tells {@link RegionalDayViewRepair}, and the command stands.
     */
    private boolean behind(String dayId, long sequence) {
        return views.find(dayId).map(view -> view.sequence() < sequence).orElse(true);
    }
}
