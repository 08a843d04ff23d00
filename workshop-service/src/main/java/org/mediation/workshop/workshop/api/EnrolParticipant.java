package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EnrolParticipant(@TargetAggregateIdentifier String workshopId, String registrationId) {}
