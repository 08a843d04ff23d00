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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * The entries are read once, in order, and not kept: only their sequence numbers are.
     */
    static AuditVerdict verify(Iterable<AuditEntry> entries, Map<Long, String> anchors) {
        Set<Long> stored = new HashSet<>();
        long last = 0;
        Optional<Break> chainBreak = Optional.empty();
        String previous = GENESIS;
        for (AuditEntry entry : entries) {
            stored.add(entry.sequence());
            last = entry.sequence();
            if (chainBreak.isEmpty()) {
                chainBreak = linkBreak(entry, previous, anchors);
                previous = entry.hash();
            }
        }
        for (long sequence : new TreeMap<>(anchors).keySet()) {
            if (!stored.contains(sequence)) {
                return AuditVerdict.brokenAt(
                        sequence, sequence > last ? "cut tail" : "removed", stored.size(), anchors.size());
            }
        }
        int count = stored.size();
        return chainBreak
                .map(broken -> AuditVerdict.brokenAt(broken.sequence(), broken.problem(), count, anchors.size()))
                .orElseGet(() -> AuditVerdict.valid(count, anchors.size()));
    }

    /** Where the chain breaks at this entry, if it does: its hash or link, or its anchor. */
    private static Optional<Break> linkBreak(AuditEntry entry, String previous, Map<Long, String> anchors) {
        String expected =
                hash(entry.sequence(), entry.time(), entry.action(), entry.actor(), entry.details(), previous);
        if (!entry.previousHash().equals(previous) || !entry.hash().equals(expected)) {
            return Optional.of(new Break(entry.sequence(), "modified"));
        }
        String anchored = anchors.get(entry.sequence());
        if (anchored == null) {
            return Optional.of(new Break(entry.sequence(), "unanchored"));
        }
        if (!anchored.equals(entry.hash())) {
            return Optional.of(new Break(entry.sequence(), "recomputed chain"));
        }
        return Optional.empty();
    }

    private record Break(long sequence, String problem) {}

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
