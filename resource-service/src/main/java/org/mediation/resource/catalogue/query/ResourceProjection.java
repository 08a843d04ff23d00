package org.mediation.resource.catalogue.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.conversions.Bson;
import org.mediation.platform.mongo.Inserts;
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ResourceView}s up to date in the command's unit of work (subscribing processor). Every update is
 * guarded by the resource's event sequence number: a redelivered event is a no-op.
 */
@Component
@ProcessingGroup("resource-views")
class ResourceProjection {

    private final ResourceViews views;

    ResourceProjection(ResourceViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ResourcePublished event, @SequenceNumber long sequence) {
        ResourceDetails d = event.details();
        ResourceView view = new ResourceView(
                event.resourceId(),
                d.kind().name(),
                d.title(),
                d.authors(),
                d.publisher(),
                d.year(),
                d.themeCodes(),
                event.originRegion(),
                false,
                false,
                d.url(),
                d.isbn(),
                0,
                Map.of(),
                sequence);
        Inserts.ifAbsent(views.collection(), view);
    }

    @EventHandler
    void on(ResourceRevised event, @SequenceNumber long sequence) {
        ResourceDetails d = event.details();
        update(
                event.resourceId(),
                sequence,
                combine(
                        set("kind", d.kind().name()),
                        set("title", d.title()),
                        set("authors", d.authors()),
                        set("publisher", d.publisher()),
                        set("year", d.year()),
                        set("themeCodes", d.themeCodes()),
                        set("url", d.url()),
                        set("isbn", d.isbn())));
    }

    @EventHandler
    void on(ResourceShared event, @SequenceNumber long sequence) {
        update(event.resourceId(), sequence, set("shared", true));
    }

    @EventHandler
    void on(ResourceWithdrawn event, @SequenceNumber long sequence) {
        update(event.resourceId(), sequence, set("withdrawn", true));
    }

    @EventHandler
    void on(ResourceRequested event, @SequenceNumber long sequence) {
        update(
                event.resourceId(),
                sequence,
                combine(inc("requests", 1L), inc("requestsByRegion." + event.region(), 1L)));
    }

    private void update(String resourceId, long sequence, Bson change) {
        views.collection()
                .updateOne(and(eq(resourceId), lt("version", sequence)), combine(change, set("version", sequence)));
    }
}
