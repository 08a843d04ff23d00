package org.mediation.registration.regionalday.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.registration.regionalday.api.OpenRegistration;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.ScheduleRegionalDay;

/** One regional day and who comes to it: the consistency boundary of capacity, waitlist and duplicate emails. */
@Aggregate(cache = "regionalDayCache")
class RegionalDay {

    @AggregateIdentifier
    private String dayId;

    private RegionalDayStatus status;
    private Capacity capacity;
    private final Attendance attendance = new Attendance();
    private final Map<String, String> activeEmails = new HashMap<>();

    RegionalDay() {}

    @CommandHandler
    RegionalDay(ScheduleRegionalDay command) {
        Region region = Region.of(command.region());
        Capacity capacity = new Capacity(command.capacity());
        apply(new RegionalDayScheduled(
                command.dayId(), region.code(), command.title(), command.date(), command.venue(), capacity.seats()));
    }

    @CommandHandler
    void handle(OpenRegistration command) {
        if (status != RegionalDayStatus.SCHEDULED) {
            throw new RuleViolation("Registration can only be opened for a scheduled regional day; this one is "
                    + status.name().toLowerCase() + ".");
        }
        apply(new RegistrationOpened(dayId));
    }

    @CommandHandler
    RegistrationStatus handle(RegisterParticipant command) {
        if (status != RegionalDayStatus.OPEN) {
            throw new RuleViolation("Registration is not open for this regional day.");
        }
        String email = command.personalData().email().toLowerCase();
        if (activeEmails.containsKey(email)) {
            throw new RuleViolation("This email address is already registered for this regional day.");
        }
        RegistrationStatus given = attendance.confirmed() < capacity.seats()
                ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITLISTED;
        apply(new ParticipantRegistered(
                dayId,
                command.registrationId(),
                given,
                command.personalData(),
                command.category(),
                command.organisation()));
        if (given == RegistrationStatus.WAITLISTED) {
            apply(new ParticipantWaitlisted(dayId, command.registrationId(), attendance.waitlisted()));
        }
        return given;
    }

    @EventSourcingHandler
    void on(RegionalDayScheduled event) {
        dayId = event.dayId();
        capacity = new Capacity(event.capacity());
        status = RegionalDayStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(RegistrationOpened event) {
        status = RegionalDayStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        activeEmails.put(event.personalData().email().toLowerCase(), event.registrationId());
        attendance.add(event.registrationId(), event.status());
    }
}
