package org.mediation.workshop.workshop.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the kind, text and tags of a contribution of the draft report. */
public record AmendContribution(
        @TargetAggregateIdentifier String workshopId,
        String contributionId,
        ContributionKind kind,
        String text,
        List<String> tags) {}
