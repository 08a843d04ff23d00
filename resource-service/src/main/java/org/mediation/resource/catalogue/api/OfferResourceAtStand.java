package org.mediation.resource.catalogue.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The regional team of {@code dayRegion} offers the resource at the stand of its regional day. */
public record OfferResourceAtStand(
        @TargetAggregateIdentifier String resourceId, String regionalDayId, String dayRegion, LocalDate dayDate) {}
