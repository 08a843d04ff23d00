package org.mediation.synthesis.edition.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WriteStatement(
        @TargetAggregateIdentifier String editionId,
        String statementId,
        String text,
        List<String> themes,
        List<StatementSource> sources) {}
