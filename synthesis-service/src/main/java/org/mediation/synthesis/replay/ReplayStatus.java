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
        String error) {}
