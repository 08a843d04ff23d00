package org.mediation.synthesis.edition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemoveStatement(@TargetAggregateIdentifier String editionId, String statementId) {}
