package org.mediation.resource.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseResource(@TargetAggregateIdentifier String resourceId, String byRegion, ResourceDetails details) {}
