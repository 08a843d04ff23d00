package org.mediation.synthesis.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer of {@code GET /api/operations/audit-log/verify}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerdict(boolean valid, int entries, Long firstBrokenEntry) {

    static AuditVerdict valid(int entries) {
        return new AuditVerdict(true, entries, null);
    }

    static AuditVerdict brokenAt(long sequence, int entries) {
        return new AuditVerdict(false, entries, sequence);
    }
}
