package org.mediation.registration.regionalday.command;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.RegistrationStatus;

/** Who holds a seat and who waits for one, in order of arrival; only event-sourcing handlers change it. */
final class Attendance {

    private final Map<String, Participant> participants = new HashMap<>();
    private final LinkedHashSet<String> waitlist = new LinkedHashSet<>();
    private final Map<EmailFingerprint, String> activeEmails = new HashMap<>();
    private final Map<String, Integer> repeats = new HashMap<>();
    private int confirmed;

    Optional<Participant> find(String registrationId) {
        return Optional.ofNullable(participants.get(registrationId));
    }

    boolean holdsActiveRegistration(EmailFingerprint email) {
        return activeEmails.containsKey(email);
    }

    /** The registration the email holds, unless cancelled or erased. */
    Optional<String> activeRegistrationOf(EmailFingerprint email) {
        return Optional.ofNullable(activeEmails.get(email));
    }

    /** How many times the holder of {@code id} was told of a repeated registration. */
    int repeatsOf(String id) {
        return repeats.getOrDefault(id, 0);
    }

    int confirmed() {
        return confirmed;
    }

    int waitlisted() {
        return waitlist.size();
    }

    /** The first {@code seats} registrations of the waitlist, earliest first. */
    List<String> headOfWaitlist(int seats) {
        return waitlist.stream().limit(Math.max(seats, 0)).toList();
    }

    void register(String id, RegistrationStatus status, ParticipantCategory category, EmailFingerprint email) {
        participants.put(id, Participant.registered(status, category, email));
        activeEmails.put(email, id);
        if (status == RegistrationStatus.CONFIRMED) {
            confirmed++;
        } else {
            waitlist.add(id);
        }
    }

    void repeated(String id) {
        repeats.merge(id, 1, Integer::sum);
    }

    void promote(String id) {
        waitlist.remove(id);
        confirmed++;
        participants.computeIfPresent(id, (key, p) -> p.withStatus(RegistrationStatus.CONFIRMED));
    }

    void cancel(String id) {
        Participant participant = participants.get(id);
        if (participant.isConfirmed()) {
            confirmed--;
        }
        waitlist.remove(id);
        activeEmails.remove(participant.emailFingerprint(), id);
        participants.put(id, participant.withStatus(RegistrationStatus.CANCELLED));
    }

    void checkIn(String id, int number) {
        participants.computeIfPresent(id, (key, p) -> p.checkedIn(number));
    }

    void undoCheckIn(String id) {
        participants.computeIfPresent(id, (key, p) -> p.checkInUndone());
    }

    void erase(String id) {
        Participant participant = participants.get(id);
        activeEmails.remove(participant.emailFingerprint(), id);
        participants.put(id, participant.erased());
    }
}
