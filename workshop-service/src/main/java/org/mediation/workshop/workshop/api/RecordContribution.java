package org.mediation.workshop.workshop.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records one contribution under an id chosen by the caller, stable for its whole life. */
public record RecordContribution(
        @TargetAggregateIdentifier String workshopId,
        String contributionId,
        ContributionKind kind,
        String text,
        List<String> tags) {}
