package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a registration from the workshop; a registration that is not enrolled is left alone. */
public record UnenrolParticipant(
        @TargetAggregateIdentifier String workshopId, String registrationId, UnenrolmentReason reason) {}
