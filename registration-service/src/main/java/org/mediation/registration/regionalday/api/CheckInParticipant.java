package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Checks a confirmed participant in; the handler answers {@code true} when this call did it, {@code false} if done. */
public record CheckInParticipant(@TargetAggregateIdentifier String dayId, String registrationId) {}
