package org.mediation.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The hash chain of the audit log: how an entry is sealed and how a whole log is checked. */
final class AuditChain {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditChain() {}

    /** Seals an entry; its details are first reduced to JSON values, which read back from MongoDB unchanged. */
    static AuditEntry seal(
            long sequence, Instant time, String action, String actor, Map<String, Object> details, String previous) {
        Map<String, Object> values = CANONICAL.convertValue(details, new TypeReference<>() {});
        return new AuditEntry(
                sequence, time, action, actor, values, previous, hash(sequence, time, action, actor, values, previous));
    }

    /**
     * The first break of the stored log, or a valid verdict: an anchored entry that is gone ({@code removed}, or
     * {@code cut tail} past the last stored one), an entry whose hash or link does not hold ({@code modified}), a
     * consistent chain whose hashes differ from the anchors ({@code recomputed chain}), or entries never anchored.
     */
    static AuditVerdict verify(List<AuditEntry> entries, Map<Long, String> anchors) {
        Map<Long, AuditEntry> stored = new TreeMap<>();
        entries.forEach(entry -> stored.put(entry.sequence(), entry));
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        for (long sequence : new TreeMap<>(anchors).keySet()) {
            if (!stored.containsKey(sequence)) {
                return broken(sequence, sequence > last ? "cut tail" : "removed", entries, anchors);
            }
        }
        String previous = GENESIS;
        for (AuditEntry entry : entries) {
            String expected =
                    hash(entry.sequence(), entry.time(), entry.action(), entry.actor(), entry.details(), previous);
            if (!entry.previousHash().equals(previous) || !entry.hash().equals(expected)) {
                return broken(entry.sequence(), "modified", entries, anchors);
            }
            String anchored = anchors.get(entry.sequence());
            if (anchored == null) {
                return broken(entry.sequence(), "unanchored", entries, anchors);
            }
            if (!anchored.equals(entry.hash())) {
                return broken(entry.sequence(), "recomputed chain", entries, anchors);
            }
            previous = entry.hash();
        }
        return AuditVerdict.valid(entries.size(), anchors.size());
    }

    private static AuditVerdict broken(
            long sequence, String problem, List<AuditEntry> entries, Map<Long, String> anchors) {
        return AuditVerdict.brokenAt(sequence, problem, entries.size(), anchors.size());
    }

    private static String hash(
            long sequence, Instant time, String action, String actor, Map<String, Object> details, String previous) {
        try {
            String content = String.join(
                    "\n",
                    previous,
                    Long.toString(sequence),
                    time.toString(),
                    action,
                    actor,
                    CANONICAL.writeValueAsString(details));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot seal an audit entry", e);
        }
    }
}
