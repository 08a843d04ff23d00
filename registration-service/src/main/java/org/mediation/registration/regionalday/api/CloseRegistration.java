package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseRegistration(@TargetAggregateIdentifier String dayId) {}
