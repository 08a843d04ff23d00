package org.mediation.synthesis.replay;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code POST /api/operations/replays}: what to rebuild, up to when, whether to swap, and why. */
public record ReplayRequest(
        @Valid ReplayScope scope,
        Instant until,
        Boolean dryRun,
        @Size(max = 2000) String reason) {

    public ReplayRequest {
        scope = scope == null ? new ReplayScope(null, null) : scope;
        dryRun = dryRun != null && dryRun;
    }

    /** Operators must say why they replay: the reason goes to the audit log. */
    void requireReason() {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: say why this replay is run");
        }
    }

    /** A replay up to a past instant only reports: putting the past in place of the live projections would lose events. */
    public boolean swaps() {
        return !dryRun && until == null;
    }
}
