package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names a speaker under an id chosen by the caller, by which they are removed. */
public record AddSpeaker(@TargetAggregateIdentifier String workshopId, String personId, Person speaker) {}
