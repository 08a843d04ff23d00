package org.mediation.resource.catalogue.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.platform.reference.FrenchRegionCodes;
import org.mediation.resource.catalogue.api.OfferResourceAtStand;
import org.mediation.resource.catalogue.api.PublishResource;
import org.mediation.resource.catalogue.api.RecordResourceRequest;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.mediation.resource.catalogue.api.ReviseResource;
import org.mediation.resource.catalogue.api.ShareResource;
import org.mediation.resource.catalogue.api.WithdrawResource;

/**
 * One catalogue resource, where it may be offered and the stands that offer it: the consistency boundary of
 * ownership, sharing, withdrawal and requests (a request needs the resource on that day's stand).
 */
@Aggregate(cache = "resourceCache")
class Resource {

    @AggregateIdentifier
    private String resourceId;

    private String originRegion;
    private boolean shared;
    private boolean withdrawn;
    private final StandOffers offers = new StandOffers();

    Resource() {}

    @CommandHandler
    Resource(PublishResource command) {
        String origin = FrenchRegionCodes.require(command.originRegion());
        apply(new ResourcePublished(command.resourceId(), origin, DescriptionPolicy.validated(command.details())));
    }

    @CommandHandler
    void handle(ReviseResource command) {
        requireOriginRegion(command.byRegion());
        requireInCatalogue();
        apply(new ResourceRevised(resourceId, originRegion, DescriptionPolicy.validated(command.details())));
    }

    @CommandHandler
    void handle(WithdrawResource command) {
        requireOriginRegion(command.byRegion());
        requireInCatalogue();
        apply(new ResourceWithdrawn(resourceId, originRegion, command.today(), offers.daysAfter(command.today())));
    }

    @CommandHandler
    void handle(ShareResource command) {
        requireOriginRegion(command.byRegion());
        requireInCatalogue();
        if (shared) {
            throw new RuleViolation("This resource is already shared nationally.");
        }
        apply(new ResourceShared(resourceId, originRegion));
    }

    @CommandHandler
    void handle(OfferResourceAtStand command, OfferedAtStands offered) {
        requireInCatalogue();
        if (!shared && !originRegion.equals(command.dayRegion())) {
            throw new RuleViolation("A stand offers its own region's resources or shared ones; this one is "
                    + originRegion + "'s and not shared.");
        }
        if (offers.offersAt(command.regionalDayId())) {
            throw new RuleViolation("This resource is already on the stand of this regional day.");
        }
        StandEntriesPerDay.requireRoomOn(command.regionalDayId(), offered);
        apply(new ResourceOfferedAtStand(resourceId, command.regionalDayId(), command.dayRegion(), command.dayDate()));
    }

    @CommandHandler
    void handle(RecordResourceRequest command) {
        StandRequestPolicy.check(offers, command);
        apply(new ResourceRequested(
                resourceId,
                command.regionalDayId(),
                offers.regionOf(command.regionalDayId()),
                command.requestId(),
                command.registrationId()));
    }

    private void requireOriginRegion(String region) {
        if (!originRegion.equals(region)) {
            throw new NotTheOriginRegion(originRegion);
        }
    }

    private void requireInCatalogue() {
        if (withdrawn) {
            throw new RuleViolation("This resource was withdrawn from the catalogue.");
        }
    }

    @EventSourcingHandler
    void on(ResourcePublished event) {
        resourceId = event.resourceId();
        originRegion = event.originRegion();
    }

    @EventSourcingHandler
    void on(ResourceShared event) {
        shared = true;
    }

    @EventSourcingHandler
    void on(ResourceWithdrawn event) {
        withdrawn = true;
        offers.removeAll(event.removedFromDays());
    }

    @EventSourcingHandler
    void on(ResourceOfferedAtStand event) {
        offers.add(event.regionalDayId(), event.region(), event.dayDate());
    }

    @EventSourcingHandler
    void on(ResourceRequested event) {
        offers.requested(event.regionalDayId(), event.registrationId());
    }
}
