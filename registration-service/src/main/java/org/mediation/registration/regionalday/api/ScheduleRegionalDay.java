package org.mediation.registration.regionalday.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScheduleRegionalDay(
        @TargetAggregateIdentifier String dayId,
        String region,
        String title,
        LocalDate date,
        String venue,
        int capacity) {}
