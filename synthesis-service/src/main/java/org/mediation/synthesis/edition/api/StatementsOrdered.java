package org.mediation.synthesis.edition.api;

import java.util.List;

/** The order the statements of a theme are read in. */
public record StatementsOrdered(String editionId, String themeCode, List<String> statementIds)
        implements EditionEvent {}
