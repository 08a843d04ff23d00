package org.mediation.synthesis.edition.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateEdition(
        @TargetAggregateIdentifier String editionId, String title, LocalDate from, LocalDate to, Basis basis) {}
