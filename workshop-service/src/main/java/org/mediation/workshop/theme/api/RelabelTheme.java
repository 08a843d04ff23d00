package org.mediation.workshop.theme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RelabelTheme(@TargetAggregateIdentifier String code, String labelFr, String labelEn) {}
