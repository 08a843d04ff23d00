package org.mediation.workshop.programme.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.workshop.programme.api.ScheduleWorkshop;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.mediation.workshop.workshop.command.RuleViolation;

/** One rule per test, on the event-sourced programme of one regional day alone. */
class ProgrammeTest {

    static final String DAY = "day-1";
    static final LocalDate DATE = LocalDate.of(2027, 3, 12);
    static final String ROOM = "Salle Jean Moulin";

    AggregateTestFixture<Programme> fixture;
    Optional<LocalDate> dayDate = Optional.of(DATE);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
        fixture.registerInjectableResource(
                (RegionalDays) day -> DAY.equals(day) ? Optional.of("FR-HDF") : Optional.empty());
        fixture.registerInjectableResource((RegionalDayDates) day -> dayDate);
    }

    static LocalDateTime at(String time) {
        return DATE.atTime(java.time.LocalTime.parse(time));
    }

    static ScheduleWorkshop schedule(String workshopId, String from, String to, String room) {
        return new ScheduleWorkshop(DAY, workshopId, at(from), at(to), room);
    }

    static WorkshopScheduled scheduled(String workshopId, String from, String to, String room) {
        return new WorkshopScheduled(workshopId, DAY, "FR-HDF", at(from), at(to), room);
    }

    @Test
    void a_workshop_is_scheduled_within_its_regional_day_and_takes_its_region() {
        fixture.givenNoPriorActivity()
                .when(schedule("w-1", "09:30", "11:00", "  Salle Jean Moulin "))
                .expectEvents(scheduled("w-1", "09:30", "11:00", ROOM));
    }

    @Test
    void the_times_fall_within_the_regional_day() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(DAY, "w-1", at("23:00"), at("23:00").plusHours(2), ROOM))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("startsAt and endsAt must fall within the regional day, 2027-03-12");
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(
                        DAY, "w-1", at("09:30").minusDays(1), at("11:00").minusDays(1), ROOM))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void the_end_comes_after_the_start_and_the_times_together() {
        fixture.givenNoPriorActivity()
                .when(schedule("w-1", "11:00", "09:30", ROOM))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("endsAt must be after startsAt");
        fixture.givenNoPriorActivity()
                .when(schedule("w-1", "11:00", "11:00", ROOM))
                .expectException(IllegalArgumentException.class);
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(DAY, "w-1", at("09:30"), null, ROOM))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("startsAt and endsAt come together");
    }

    @Test
    void a_room_has_at_most_100_characters() {
        fixture.givenNoPriorActivity()
                .when(schedule("w-1", "09:30", "11:00", "x".repeat(101)))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void times_need_the_day_s_date_known_here_but_a_room_alone_does_not() {
        dayDate = Optional.empty();
        fixture.givenNoPriorActivity()
                .when(schedule("w-1", "09:30", "11:00", ROOM))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(
                        "The date of regional day day-1 has not reached this service yet: its workshops cannot be"
                                + " given times.");
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(DAY, "w-1", null, null, ROOM))
                .expectEvents(new WorkshopScheduled("w-1", DAY, "FR-HDF", null, null, ROOM));
    }

    @Test
    void two_workshops_never_hold_the_same_room_at_overlapping_times() {
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-2", "10:30", "12:00", "salle  JEAN moulin"))
                .expectException(RoomTaken.class)
                .expectExceptionMessage("The room 'Salle Jean Moulin' is held by workshop w-1 from 10:00 to 11:00.");
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-2", "09:00", "12:00", ROOM))
                .expectException(RoomTaken.class);
    }

    @Test
    void back_to_back_slots_and_another_room_at_the_same_time_are_allowed() {
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-2", "11:00", "12:00", ROOM))
                .expectEvents(scheduled("w-2", "11:00", "12:00", ROOM));
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-2", "10:00", "11:00", "Salle Louise Michel"))
                .expectEvents(scheduled("w-2", "10:00", "11:00", "Salle Louise Michel"));
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(new ScheduleWorkshop(DAY, "w-2", at("10:00"), at("11:00"), null))
                .expectEvents(new WorkshopScheduled("w-2", DAY, "FR-HDF", at("10:00"), at("11:00"), null));
    }

    @Test
    void rescheduling_a_workshop_frees_its_previous_slot() {
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-1", "10:30", "11:30", ROOM))
                .expectEvents(scheduled("w-1", "10:30", "11:30", ROOM));
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM), scheduled("w-1", "14:00", "15:00", ROOM))
                .when(schedule("w-2", "10:00", "11:00", ROOM))
                .expectEvents(scheduled("w-2", "10:00", "11:00", ROOM));
        fixture.given(
                        scheduled("w-1", "10:00", "11:00", ROOM),
                        new WorkshopScheduled("w-1", DAY, "FR-HDF", null, null, null))
                .when(schedule("w-2", "10:00", "11:00", ROOM))
                .expectEvents(scheduled("w-2", "10:00", "11:00", ROOM));
    }

    @Test
    void scheduling_a_workshop_as_it_already_is_changes_nothing() {
        fixture.given(scheduled("w-1", "10:00", "11:00", ROOM))
                .when(schedule("w-1", "10:00", "11:00", ROOM + " "))
                .expectNoEvents();
    }
}
