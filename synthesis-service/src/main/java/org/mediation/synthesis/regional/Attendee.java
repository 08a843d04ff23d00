package org.mediation.synthesis.regional;

/** One registration as synthesis knows it: no name, no email. */
public record Attendee(String status, String category, boolean checkedIn) {

    static final String CONFIRMED = "CONFIRMED";
    static final String WAITLISTED = "WAITLISTED";
    static final String CANCELLED = "CANCELLED";

    Attendee withStatus(String newStatus) {
        return new Attendee(newStatus, category, checkedIn);
    }

    Attendee withCheckIn() {
        return new Attendee(status, category, true);
    }
}
