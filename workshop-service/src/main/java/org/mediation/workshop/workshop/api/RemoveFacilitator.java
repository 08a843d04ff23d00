package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveFacilitator(@TargetAggregateIdentifier String workshopId, String personId) {}
