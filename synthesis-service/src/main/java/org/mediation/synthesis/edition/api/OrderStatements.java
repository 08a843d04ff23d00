package org.mediation.synthesis.edition.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OrderStatements(
        @TargetAggregateIdentifier String editionId, String themeCode, List<String> statementIds) {}
