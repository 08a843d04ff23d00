package org.mediation.workshop.programme.api;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a workshop of the regional day its times (local date-times of the day, Europe/Paris) and room; each is
 * optional, the times come together. It replaces the workshop's previous schedule, whose slot it frees; all three
 * empty take the workshop out of the programme's timetable.
 */
public record ScheduleWorkshop(
        @TargetAggregateIdentifier String regionalDayId,
        String workshopId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String room) {}
