package org.mediation.resource.stand.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.mediation.platform.mongo.Inserts;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.springframework.stereotype.Component;

/**
 * Keeps the stands' entries and their request counts per day (subscribing processor). A withdrawal removes the
 * resource from the stands of later days only; redelivered events change nothing.
 */
@Component
@ProcessingGroup("stand-views")
class StandProjection {

    private final StandViews views;

    StandProjection(StandViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ResourceOfferedAtStand event, @SequenceNumber long sequence, @Timestamp Instant offeredAt) {
        String id = StandEntryView.idOf(event.regionalDayId(), event.resourceId());
        Inserts.ifAbsent(
                views.collection(),
                new StandEntryView(id, event.regionalDayId(), event.resourceId(), offeredAt, 0, sequence));
    }

    @EventHandler
    void on(ResourceRequested event, @SequenceNumber long sequence) {
        views.collection()
                .updateOne(
                        and(
                                eq(StandEntryView.idOf(event.regionalDayId(), event.resourceId())),
                                lt("version", sequence)),
                        combine(inc("requests", 1), set("version", sequence)));
    }

    @EventHandler
    void on(ResourceWithdrawn event) {
        views.collection()
                .deleteMany(in(
                        "_id",
                        event.removedFromDays().stream()
                                .map(dayId -> StandEntryView.idOf(dayId, event.resourceId()))
                                .toList()));
    }
}
