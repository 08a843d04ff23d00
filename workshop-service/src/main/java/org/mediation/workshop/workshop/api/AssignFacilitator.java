package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names a co-facilitator under an id chosen by the caller, by which they are removed. */
public record AssignFacilitator(@TargetAggregateIdentifier String workshopId, String personId, Person facilitator) {}
