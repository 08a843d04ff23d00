package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Undoes a mistaken check-in; the handler answers {@code true} when this call did it, {@code false} when the
 * participant was not checked in (nothing to undo).
 */
public record UndoCheckIn(@TargetAggregateIdentifier String dayId, String registrationId) {}
