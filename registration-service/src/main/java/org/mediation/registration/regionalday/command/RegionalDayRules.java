package org.mediation.registration.regionalday.command;

import java.time.LocalDate;
import java.util.List;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.RegionalDayStatus;
import org.mediation.registration.regionalday.api.RegistrationStatus;

/** The business rules of a regional day, one named guard or policy each; a broken rule is a {@link RuleViolation}. */
final class RegionalDayRules {

    private RegionalDayRules() {}

    static void onlyAScheduledDayOpens(RegionalDayStatus status) {
        if (status != RegionalDayStatus.SCHEDULED) {
            throw new RuleViolation("Registration can only be opened for a scheduled regional day; this one is "
                    + status.name().toLowerCase() + ".");
        }
    }

    static void onlyAnOpenDayCloses(RegionalDayStatus status) {
        if (status != RegionalDayStatus.OPEN) {
            throw new RuleViolation("Only a regional day open for registration can be closed; this one is "
                    + status.name().toLowerCase() + ".");
        }
    }

    static void capacityIsFinalOnceClosed(RegionalDayStatus status) {
        if (status == RegionalDayStatus.CLOSED) {
            throw new RuleViolation("Registration for this regional day is closed; its capacity can no longer change.");
        }
    }

    static void capacityNeverDropsBelowConfirmed(Capacity requested, Attendance attendance) {
        if (requested.seats() < attendance.confirmed()) {
            throw new RuleViolation("The capacity cannot be lower than the " + attendance.confirmed()
                    + " participants already confirmed.");
        }
    }

    static void registrationNeedsAnOpenDay(RegionalDayStatus status) {
        if (status != RegionalDayStatus.OPEN) {
            throw new RuleViolation("Registration is not open for this regional day.");
        }
    }

    /** The same email (case-insensitive, compared by fingerprint) registers once, unless cancelled or erased. */
    static void oneActiveRegistrationPerEmail(EmailFingerprint email, Attendance attendance) {
        if (attendance.holdsActiveRegistration(email)) {
            throw new RuleViolation("This email address is already registered for this regional day.");
        }
    }

    /** Confirmed while a seat is free, otherwise waitlisted in order of arrival. */
    static RegistrationStatus seatWhileFreeElseWaitlist(Capacity capacity, Attendance attendance) {
        return attendance.confirmed() < capacity.seats() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }

    /** Every free seat goes to the earliest waitlisted registration. */
    static List<String> promotedFromWaitlist(Capacity capacity, Attendance attendance) {
        return attendance.headOfWaitlist(capacity.seats() - attendance.confirmed());
    }

    static void aCancelledRegistrationStaysCancelled(Participant participant) {
        if (participant.status() == RegistrationStatus.CANCELLED) {
            throw new RuleViolation("This registration is already cancelled.");
        }
    }

    static void aCheckedInParticipantCannotCancel(Participant participant) {
        if (participant.checkedIn()) {
            throw new RuleViolation("This participant has already checked in; the registration cannot be cancelled.");
        }
    }

    static void onlyAConfirmedParticipantChecksIn(Participant participant) {
        if (!participant.isConfirmed()) {
            throw new RuleViolation("Only a confirmed participant can check in; this registration is "
                    + participant.status().name().toLowerCase() + ".");
        }
    }

    static void selfRegistrationNeedsAnOpenDay(RegionalDayStatus status) {
        if (status != RegionalDayStatus.OPEN) {
            throw new RuleViolation("Self-registration can only be opened while registration is open; this day is "
                    + status.name().toLowerCase() + ".");
        }
    }

    /** A closing date is today at the earliest and the day itself at the latest. */
    static void aClosingDateFallsBetweenTodayAndTheDay(LocalDate closesOn, LocalDate today, LocalDate day) {
        if (closesOn != null && (closesOn.isBefore(today) || closesOn.isAfter(day))) {
            throw new RuleViolation("Self-registration must close between today (" + today + ") and the day (" + day
                    + "); " + closesOn + " is not.");
        }
    }

    static void selfRegistrationNeedsTheDayToTakeIt(
            RegionalDayStatus status, SelfRegistration selfRegistration, LocalDate today, LocalDate day) {
        if (status != RegionalDayStatus.OPEN || !selfRegistration.takesRegistrationsOn(today, day)) {
            throw new RuleViolation("This regional day does not take registrations on its public page.");
        }
    }

    /**
     * Someone registering again with an email already registered is told by email at most {@value #REPEATS_TOLD}
     * times, so the public page cannot be used to flood a participant's mailbox.
     */
    static boolean aRepeatedRegistrationIsToldAFewTimes(int toldAlready) {
        return toldAlready < REPEATS_TOLD;
    }

    static final int REPEATS_TOLD = 3;
}
