package org.mediation.registration.regionalday.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.registration.regionalday.api.CancelRegistration;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.ChangeCapacity;
import org.mediation.registration.regionalday.api.CheckInParticipant;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.CloseRegistration;
import org.mediation.registration.regionalday.api.CloseSelfRegistration;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ErasePersonalData;
import org.mediation.registration.regionalday.api.OpenRegistration;
import org.mediation.registration.regionalday.api.OpenSelfRegistration;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegisterThemselves;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.ScheduleRegionalDay;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.mediation.registration.regionalday.api.SelfRegistrationClosed;
import org.mediation.registration.regionalday.api.SelfRegistrationOpened;
import org.mediation.registration.regionalday.api.SelfRegistrationRepeated;
import org.mediation.registration.regionalday.api.UndoCheckIn;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;

/**
 * One regional day and who comes to it: the consistency boundary of capacity, waitlist and duplicate emails. Command
 * handlers check the rules of {@link RegionalDayRules} then apply; event-sourcing handlers only assign.
 */
@Aggregate(cache = "regionalDayCache")
class RegionalDay {

    @AggregateIdentifier
    private String dayId;

    private RegionalDayStatus status;
    private LocalDate date;
    private Capacity capacity;
    private SelfRegistration selfRegistration = SelfRegistration.CLOSED;
    private final Attendance attendance = new Attendance();

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
        RegionalDayRules.onlyAScheduledDayOpens(status);
        apply(new RegistrationOpened(dayId));
    }

    @CommandHandler
    void handle(CloseRegistration command) {
        RegionalDayRules.onlyAnOpenDayCloses(status);
        apply(new RegistrationClosed(dayId));
    }

    @CommandHandler
    void handle(OpenSelfRegistration command) {
        RegionalDayRules.selfRegistrationNeedsAnOpenDay(status);
        RegionalDayRules.aClosingDateFallsBetweenTodayAndTheDay(command.closesOn(), command.today(), date);
        apply(new SelfRegistrationOpened(dayId, command.closesOn()));
    }

    /** Closing a public page that does not take registrations changes nothing. */
    @CommandHandler
    void handle(CloseSelfRegistration command) {
        if (selfRegistration.open()) {
            apply(new SelfRegistrationClosed(dayId));
        }
    }

    @CommandHandler
    void handle(ChangeCapacity command) {
        Capacity requested = new Capacity(command.capacity());
        RegionalDayRules.capacityIsFinalOnceClosed(status);
        RegionalDayRules.capacityNeverDropsBelowConfirmed(requested, attendance);
        if (requested.equals(capacity)) {
            return;
        }
        apply(new CapacityChanged(dayId, requested.seats()));
        promoteFromWaitlist();
    }

    @CommandHandler
    RegistrationStatus handle(RegisterParticipant command) {
        return register(
                command.registrationId(), command.personalData(), command.emailFingerprint(), command.category());
    }

    /** Answers whether the person was registered; an email already registered has its holder told instead. */
    @CommandHandler
    boolean handle(RegisterThemselves command) {
        RegionalDayRules.selfRegistrationNeedsTheDayToTakeIt(status, selfRegistration, command.today(), date);
        Optional<String> existing = attendance.activeRegistrationOf(command.emailFingerprint());
        if (existing.isPresent()) {
            String registrationId = existing.get();
            if (RegionalDayRules.aRepeatedRegistrationIsToldAFewTimes(attendance.repeatsOf(registrationId))) {
                apply(new SelfRegistrationRepeated(dayId, registrationId));
            }
            return false;
        }
        register(command.registrationId(), command.personalData(), command.emailFingerprint(), command.category());
        return true;
    }

    @CommandHandler
    void handle(CancelRegistration command) {
        Participant participant = participant(command.registrationId());
        RegionalDayRules.aCancelledRegistrationStaysCancelled(participant);
        RegionalDayRules.aCheckedInParticipantCannotCancel(participant);
        apply(new RegistrationCancelled(dayId, command.registrationId(), participant.status(), participant.category()));
        promoteFromWaitlist();
    }

    @CommandHandler
    boolean handle(CheckInParticipant command) {
        Participant participant = participant(command.registrationId());
        RegionalDayRules.onlyAConfirmedParticipantChecksIn(participant);
        if (participant.checkedIn()) {
            return false;
        }
        apply(new ParticipantCheckedIn(
                dayId, command.registrationId(), participant.category(), participant.nextCheckIn()));
        return true;
    }

    /** Undoing a check-in that does not stand (never made, or undone already) changes nothing, as a second check-in. */
    @CommandHandler
    boolean handle(UndoCheckIn command) {
        Participant participant = participant(command.registrationId());
        if (!participant.checkedIn()) {
            return false;
        }
        apply(new CheckInUndone(dayId, command.registrationId(), participant.category(), participant.checkIns()));
        return true;
    }

    @CommandHandler
    void handle(ErasePersonalData command) {
        if (!participant(command.registrationId()).isErased()) {
            apply(new PersonalDataErased(dayId, command.registrationId()));
        }
    }

    private RegistrationStatus register(
            String registrationId,
            SealedPersonalData personalData,
            EmailFingerprint emailFingerprint,
            ParticipantCategory category) {
        RegionalDayRules.registrationNeedsAnOpenDay(status);
        RegionalDayRules.oneActiveRegistrationPerEmail(emailFingerprint, attendance);
        RegistrationStatus given = RegionalDayRules.seatWhileFreeElseWaitlist(capacity, attendance);
        apply(new ParticipantRegistered(dayId, registrationId, given, personalData, emailFingerprint, category, null));
        if (given == RegistrationStatus.WAITLISTED) {
            apply(new ParticipantWaitlisted(dayId, registrationId, attendance.waitlisted()));
        }
        return given;
    }

    /** Free seats go to the waitlist, earliest first, each with its own event. */
    private void promoteFromWaitlist() {
        for (String registrationId : RegionalDayRules.promotedFromWaitlist(capacity, attendance)) {
            apply(new WaitlistedParticipantPromoted(
                    dayId, registrationId, participant(registrationId).category()));
        }
    }

    private Participant participant(String registrationId) {
        return attendance.find(registrationId).orElseThrow(() -> new RegistrationNotFound(registrationId));
    }

    @EventSourcingHandler
    void on(RegionalDayScheduled event) {
        dayId = event.dayId();
        date = event.date();
        capacity = new Capacity(event.capacity());
        status = RegionalDayStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(RegistrationOpened event) {
        status = RegionalDayStatus.OPEN;
    }

    @EventSourcingHandler
    void on(RegistrationClosed event) {
        status = RegionalDayStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(SelfRegistrationOpened event) {
        selfRegistration = new SelfRegistration(true, event.closesOn());
    }

    @EventSourcingHandler
    void on(SelfRegistrationClosed event) {
        selfRegistration = SelfRegistration.CLOSED;
    }

    @EventSourcingHandler
    void on(SelfRegistrationRepeated event) {
        attendance.repeated(event.registrationId());
    }

    @EventSourcingHandler
    void on(CapacityChanged event) {
        capacity = new Capacity(event.capacity());
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        attendance.register(event.registrationId(), event.status(), event.category(), event.emailFingerprint());
    }

    @EventSourcingHandler
    void on(WaitlistedParticipantPromoted event) {
        attendance.promote(event.registrationId());
    }

    @EventSourcingHandler
    void on(RegistrationCancelled event) {
        attendance.cancel(event.registrationId());
    }

    @EventSourcingHandler
    void on(ParticipantCheckedIn event) {
        attendance.checkIn(event.registrationId(), event.number());
    }

    @EventSourcingHandler
    void on(CheckInUndone event) {
        attendance.undoCheckIn(event.registrationId());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        attendance.erase(event.registrationId());
    }
}
