package org.mediation.synthesis.regional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One registration as synthesis knows it: no name, no email. Facts about it merge whatever order they arrive in, and
 * merging one twice changes nothing: the status only moves forward (waitlisted, confirmed, cancelled), the category is
 * kept once seen, and of the participant's numbered check-ins ({@code checkIn}) and undone ones ({@code
 * undoneCheckIn}) the highest of each is kept: checked in while the last check-in seen is above the last undone.
 */
public record Attendee(String status, String category, int checkIn, int undoneCheckIn) {

    static final String WAITLISTED = "WAITLISTED";
    static final String CONFIRMED = "CONFIRMED";
    static final String CANCELLED = "CANCELLED";
    private static final List<String> PROGRESSION = List.of(WAITLISTED, CONFIRMED, CANCELLED);

    /**
     * Reads both stored shapes: the numbers since check-ins can be undone, or only {@code checkedIn}, written before
     * (checked in then meant the first check-in).
     */
    @JsonCreator
    static Attendee stored(
            @JsonProperty("status") String status,
            @JsonProperty("category") String category,
            @JsonProperty("checkIn") Integer checkIn,
            @JsonProperty("undoneCheckIn") Integer undoneCheckIn,
            @JsonProperty("checkedIn") boolean checkedIn) {
        int checkIns = checkIn != null ? checkIn : checkedIn ? 1 : 0;
        return new Attendee(status, category, checkIns, undoneCheckIn == null ? 0 : undoneCheckIn);
    }

    static Attendee withStatus(String status, String category) {
        return new Attendee(status, category, 0, 0);
    }

    static Attendee checkedIn(String category, int checkIn) {
        return new Attendee(null, category, checkIn, 0);
    }

    static Attendee checkInUndone(String category, int undoneCheckIn) {
        return new Attendee(null, category, 0, undoneCheckIn);
    }

    Attendee merge(Attendee fact) {
        return new Attendee(
                rank(fact.status) > rank(status) ? fact.status : status,
                category != null ? category : fact.category,
                Math.max(checkIn, fact.checkIn),
                Math.max(undoneCheckIn, fact.undoneCheckIn));
    }

    /** Also written, so that a reader of the former shape (an instance not yet upgraded) reads the same. */
    @JsonProperty("checkedIn")
    boolean checkedIn() {
        return checkIn > undoneCheckIn;
    }

    private static int rank(String status) {
        return status == null ? -1 : PROGRESSION.indexOf(status);
    }

    boolean is(String expected) {
        return expected.equals(status);
    }
}
