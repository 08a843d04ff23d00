package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenReport(@TargetAggregateIdentifier String workshopId, String reason) {}
