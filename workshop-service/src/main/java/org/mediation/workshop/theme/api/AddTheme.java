package org.mediation.workshop.theme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddTheme(@TargetAggregateIdentifier String code, String labelFr, String labelEn) {}
