package org.mediation.resource.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A regional team publishes a resource; its region becomes the resource's origin region. */
public record PublishResource(
        @TargetAggregateIdentifier String resourceId, String originRegion, ResourceDetails details) {}
