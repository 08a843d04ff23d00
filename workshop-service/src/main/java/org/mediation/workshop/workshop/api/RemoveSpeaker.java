package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveSpeaker(@TargetAggregateIdentifier String workshopId, String personId) {}
