package org.mediation.workshop.programme.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.workshop.programme.api.ScheduleWorkshop;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.mediation.workshop.workshop.command.RuleViolation;

/**
 * The programme of one regional day: the times and room of each of its workshops. One aggregate per day, not per
 * workshop, because its rule spans the day's workshops (no two in the same room at overlapping times): every
 * schedule of a day is decided against all the others, and two decided at once elsewhere meet in the event store,
 * which keeps one aggregate's events in a single sequence.
 */
@Aggregate(cache = "programmeCache")
class Programme {

    @AggregateIdentifier
    private String regionalDayId;

    private final Timetable timetable = new Timetable();

    Programme() {}

    /**
     * Rules: the times fall within the regional day (400), whose date has reached this service (409 otherwise), and
     * the room is free then (409, {@link RoomTaken}). The workshop's previous slot is freed; scheduling a workshop as
     * it already is changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleWorkshop command, RegionalDays regionalDays, RegionalDayDates dates) {
        Schedule schedule = new Schedule(command.startsAt(), command.endsAt(), command.room());
        String region = regionalDays
                .regionOf(command.regionalDayId())
                .orElseThrow(() -> new RuleViolation("regional day not known yet: " + command.regionalDayId()));
        if (schedule.isTimed()) {
            schedule.requireOn(dateOf(command.regionalDayId(), dates));
        }
        if (schedule.equals(timetable.of(command.workshopId()))) {
            return;
        }
        timetable.requireRoomFree(command.workshopId(), schedule);
        apply(new WorkshopScheduled(
                command.workshopId(),
                command.regionalDayId(),
                region,
                schedule.startsAt(),
                schedule.endsAt(),
                schedule.room()));
    }

    private static LocalDate dateOf(String regionalDayId, RegionalDayDates dates) {
        return dates.dateOf(regionalDayId)
                .orElseThrow(() -> new RuleViolation("The date of regional day " + regionalDayId
                        + " has not reached this service yet: its workshops cannot be given times."));
    }

    @EventSourcingHandler
    void on(WorkshopScheduled event) {
        regionalDayId = event.regionalDayId();
        timetable.scheduled(event.workshopId(), new Schedule(event.startsAt(), event.endsAt(), event.room()));
    }
}
