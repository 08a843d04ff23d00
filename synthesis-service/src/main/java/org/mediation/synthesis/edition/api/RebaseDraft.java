package org.mediation.synthesis.edition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RebaseDraft(@TargetAggregateIdentifier String editionId, Basis basis) {}
