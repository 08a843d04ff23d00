package org.mediation.workshop.workshop.command;

/** What this service has learnt of the registrations from the registration context. */
public interface ConfirmedRegistrations {

    /** True while the registration holds a confirmed seat at that regional day (not waitlisted, not cancelled). */
    boolean isConfirmedFor(String regionalDayId, String registrationId);
}
