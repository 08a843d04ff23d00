package org.mediation.resource.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ShareResource(@TargetAggregateIdentifier String resourceId, String byRegion) {}
