package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishReport(@TargetAggregateIdentifier String workshopId) {}
