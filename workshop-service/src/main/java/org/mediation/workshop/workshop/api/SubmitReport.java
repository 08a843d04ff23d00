package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitReport(@TargetAggregateIdentifier String workshopId) {}
