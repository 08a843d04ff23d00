package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelRegistration(@TargetAggregateIdentifier String dayId, String registrationId) {}
