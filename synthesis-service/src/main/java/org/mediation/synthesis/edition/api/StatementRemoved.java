package org.mediation.synthesis.edition.api;

public record StatementRemoved(String editionId, String statementId) implements EditionEvent {}
