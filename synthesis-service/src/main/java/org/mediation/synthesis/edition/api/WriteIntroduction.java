package org.mediation.synthesis.edition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WriteIntroduction(@TargetAggregateIdentifier String editionId, String themeCode, String text) {}
