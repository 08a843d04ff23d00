package org.mediation.synthesis.national;

import java.time.Instant;

/**
 * A checkpoint of the history for point-in-time answers: the state folded from every event numbered up to {@code
 * sequence}, which covers the events after {@code previous}; {@code latest} is the latest CloudEvent time of all the
 * events it folded, {@code earliest} the earliest of the events after {@code previous} ({@link Instant#MAX} when
 * there were none). An answer as of an instant at or after {@code latest} may start from it.
 */
record Checkpoint(long sequence, long previous, Instant latest, Instant earliest) {

    static final Checkpoint NONE = new Checkpoint(0, 0, Instant.MIN, Instant.MAX);

    boolean startsAnswerAt(Instant asOf) {
        return !latest.isAfter(asOf);
    }

    /** Whether an event it covers since {@code previous} may be at or before that instant. */
    boolean coversEventsAtOrBefore(Instant asOf) {
        return !earliest.isAfter(asOf);
    }
}
