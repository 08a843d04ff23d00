package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawContribution(
        @TargetAggregateIdentifier String workshopId, String contributionId) {}
