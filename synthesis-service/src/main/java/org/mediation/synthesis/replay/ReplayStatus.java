package org.mediation.synthesis.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/operations/replays/{id}}: where a replay stands, and once done what it found and did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayStatus(
        String id,
        String status,
        long processed,
        long total,
        String checksumBefore,
        String checksumAfter,
        ReplayScope scope,
        Instant until,
        boolean dryRun,
        boolean swapped,
        List<String> changedRegionalDays,
        String error) {

    boolean finished() {
        return status.equals("COMPLETED") || status.equals("FAILED");
    }

    /** The same replay, FAILED because the instance running it stopped before it finished. */
    ReplayStatus abandoned() {
        return new ReplayStatus(
                id,
                "FAILED",
                processed,
                total,
                checksumBefore,
                checksumAfter,
                scope,
                until,
                dryRun,
                swapped,
                changedRegionalDays,
                "The instance running this replay stopped before it finished; start it again.");
    }
}
