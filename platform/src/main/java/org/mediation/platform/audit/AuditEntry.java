package org.mediation.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One operator action in the audit log. {@code hash} is the SHA-256 of this entry's content and of the previous
 * entry's hash, so changing any byte of any entry breaks every link after it.
 */
public record AuditEntry(
        long sequence,
        Instant time,
        String action,
        String actor,
        Map<String, Object> details,
        String previousHash,
        String hash) {}
