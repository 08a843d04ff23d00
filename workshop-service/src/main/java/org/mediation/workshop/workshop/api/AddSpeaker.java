package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddSpeaker(@TargetAggregateIdentifier String workshopId, Person speaker) {}
