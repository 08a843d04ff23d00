package org.mediation.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /api/operations/audit-log/verify}: whether the stored log is whole and unaltered, how many
 * entries it holds and how many are anchored outside the database, and where and how it was first found broken
 * ({@code modified}, {@code removed}, {@code cut tail}, {@code recomputed chain}, {@code unanchored}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerdict(boolean valid, int entries, Long firstBrokenEntry, String problem, Integer anchored) {

    static AuditVerdict valid(int entries, int anchored) {
        return new AuditVerdict(true, entries, null, null, anchored);
    }

    static AuditVerdict brokenAt(long sequence, String problem, int entries, int anchored) {
        return new AuditVerdict(false, entries, sequence, problem, anchored);
    }
}
