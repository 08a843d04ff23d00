package org.mediation.workshop.workshop.command;

import java.util.HashSet;
import java.util.Set;

/** The registrations enrolled in one workshop, within its capacity. */
final class Enrolments {

    private final Capacity capacity;
    private final Set<String> registrations = new HashSet<>();

    Enrolments(Capacity capacity) {
        this.capacity = capacity;
    }

    /** Rule: a workshop holds no more participants than its capacity. */
    void requireRoom() {
        if (registrations.size() >= capacity.seats()) {
            throw new RuleViolation("The workshop is full (" + capacity.seats() + " seats).");
        }
    }

    /** Rule: a registration is enrolled once per workshop. */
    void requireNotEnrolled(String registrationId) {
        if (registrations.contains(registrationId)) {
            throw new RuleViolation("This registration is already enrolled in the workshop.");
        }
    }

    boolean contains(String registrationId) {
        return registrations.contains(registrationId);
    }

    void add(String registrationId) {
        registrations.add(registrationId);
    }

    void remove(String registrationId) {
        registrations.remove(registrationId);
    }
}
