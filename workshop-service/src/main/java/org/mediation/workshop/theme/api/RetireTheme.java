package org.mediation.workshop.theme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireTheme(@TargetAggregateIdentifier String code) {}
