package org.mediation.synthesis.national;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code asOf} parameter of point-in-time reads: an ISO-8601 instant, or a 400 that says what is expected. */
public final class AsOf {

    private AsOf() {}

    public static Instant parse(String asOf) {
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "asOf must be an ISO-8601 instant such as 2019-12-04T18:00:00Z, not '" + asOf + "'");
        }
    }
}
