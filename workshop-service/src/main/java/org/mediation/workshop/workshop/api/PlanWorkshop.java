package org.mediation.workshop.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plans a workshop for a regional day this service knows; the day gives the workshop its region. */
public record PlanWorkshop(
        @TargetAggregateIdentifier String workshopId,
        String regionalDayId,
        String themeCode,
        String title,
        int capacity) {}
