package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssignFacilitator(@TargetAggregateIdentifier String workshopId, Person facilitator) {}
