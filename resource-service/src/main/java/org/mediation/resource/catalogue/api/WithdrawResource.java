package org.mediation.resource.catalogue.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a resource on {@code today}: it leaves the stands of later days; stands up to today keep it. */
public record WithdrawResource(@TargetAggregateIdentifier String resourceId, String byRegion, LocalDate today) {}
