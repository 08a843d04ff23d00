package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseSelfRegistration(
        @TargetAggregateIdentifier String dayId) {}
