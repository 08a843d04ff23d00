package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the rapporteur by the user id ({@code sub}) they sign in with; replaces any earlier one. */
public record AssignRapporteur(@TargetAggregateIdentifier String workshopId, String userId, String name) {}
