package org.mediation.synthesis.edition.api;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes the draft as the next version, at that instant, with the theme catalogue's labels as they are then. */
public record PublishVersion(
        @TargetAggregateIdentifier String editionId, Instant at, Map<String, String> themeLabels) {}
