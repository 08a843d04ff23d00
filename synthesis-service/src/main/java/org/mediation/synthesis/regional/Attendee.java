package org.mediation.synthesis.regional;

import java.util.List;

/**
 * One registration as synthesis knows it: no name, no email. Facts about it merge whatever order they arrive in: the
 * status only moves forward (waitlisted, confirmed, cancelled), check-in and category are kept once seen.
 */
public record Attendee(String status, String category, boolean checkedIn) {

    static final String WAITLISTED = "WAITLISTED";
    static final String CONFIRMED = "CONFIRMED";
    static final String CANCELLED = "CANCELLED";
    private static final List<String> PROGRESSION = List.of(WAITLISTED, CONFIRMED, CANCELLED);

    static Attendee withStatus(String status, String category) {
        return new Attendee(status, category, false);
    }

    static Attendee checkedIn(String category) {
        return new Attendee(null, category, true);
    }

    Attendee merge(Attendee fact) {
        return new Attendee(
                rank(fact.status) > rank(status) ? fact.status : status,
                category != null ? category : fact.category,
                checkedIn || fact.checkedIn);
    }

    private static int rank(String status) {
        return status == null ? -1 : PROGRESSION.indexOf(status);
    }

    boolean is(String expected) {
        return expected.equals(status);
    }
}
