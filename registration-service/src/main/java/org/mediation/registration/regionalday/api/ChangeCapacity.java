package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeCapacity(@TargetAggregateIdentifier String dayId, int capacity) {}
