package org.mediation.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_log_sealed_entry_after_entry_is_valid() {
        List<AuditEntry> log = log(3);

        assertThat(AuditChain.verify(log, anchorsOf(log))).isEqualTo(new AuditVerdict(true, 3, null, null, 3));
    }

    @Test
    void changing_one_byte_of_an_entry_breaks_the_chain_at_that_entry() {
        List<AuditEntry> log = log(3);
        Map<Long, String> anchors = anchorsOf(log);
        AuditEntry second = log.get(1);
        log.set(
                1,
                new AuditEntry(
                        second.sequence(),
                        second.time(),
                        "replay.swapped",
                        second.actor(),
                        Map.of("reason", "audit 2027-02"),
                        second.previousHash(),
                        second.hash()));

        assertThat(AuditChain.verify(log, anchors)).isEqualTo(new AuditVerdict(false, 3, 2L, "modified", 3));
    }

    @Test
    void a_removed_entry_is_named() {
        List<AuditEntry> log = log(3);
        Map<Long, String> anchors = anchorsOf(log);
        log.remove(1);

        assertThat(AuditChain.verify(log, anchors)).isEqualTo(new AuditVerdict(false, 2, 2L, "removed", 3));
    }

    @Test
    void a_cut_tail_is_found_though_the_rest_of_the_chain_holds() {
        List<AuditEntry> log = log(4);
        Map<Long, String> anchors = anchorsOf(log);
        log.remove(3);

        assertThat(AuditChain.verify(log, anchors)).isEqualTo(new AuditVerdict(false, 3, 4L, "cut tail", 4));
    }

    @Test
    void a_chain_recomputed_after_a_change_holds_alone_but_not_against_its_anchors() {
        List<AuditEntry> log = log(3);
        Map<Long, String> anchors = anchorsOf(log);
        List<AuditEntry> recomputed = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (AuditEntry entry : log) {
            Map<String, Object> details = entry.sequence() == 2 ? Map.of("reason", "rewritten") : entry.details();
            AuditEntry sealed =
                    AuditChain.seal(entry.sequence(), entry.time(), entry.action(), entry.actor(), details, previous);
            recomputed.add(sealed);
            previous = sealed.hash();
        }

        assertThat(AuditChain.verify(recomputed, anchors))
                .isEqualTo(new AuditVerdict(false, 3, 2L, "recomputed chain", 3));
    }

    @Test
    void entries_never_anchored_are_reported() {
        List<AuditEntry> log = log(3);
        Map<Long, String> anchors = anchorsOf(log.subList(0, 2));

        assertThat(AuditChain.verify(log, anchors)).isEqualTo(new AuditVerdict(false, 3, 3L, "unanchored", 2));
    }

    private static Map<Long, String> anchorsOf(List<AuditEntry> log) {
        Map<Long, String> anchors = new HashMap<>();
        log.forEach(entry -> anchors.put(entry.sequence(), entry.hash()));
        return anchors;
    }

    @Test
    void details_are_reduced_to_json_values_before_sealing() {
        AuditEntry entry = AuditChain.seal(1, T, "replay.requested", "op", Map.of("until", T), AuditChain.GENESIS);

        assertThat(entry.details()).containsEntry("until", "2026-11-25T10:00:00Z");
    }

    @Test
    void lists_in_details_stay_java_lists_whatever_jackson_modules_are_on_the_classpath() {
        AuditEntry entry = AuditChain.seal(
                1, T, "replay.completed", "op", Map.of("changedRegionalDays", List.of("a", "b")), AuditChain.GENESIS);

        assertThat(entry.details().get("changedRegionalDays")).isInstanceOf(java.util.ArrayList.class);
    }

    private static List<AuditEntry> log(int size) {
        List<AuditEntry> log = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int sequence = 1; sequence <= size; sequence++) {
            AuditEntry entry = AuditChain.seal(
                    sequence, T, "replay.requested", "operator", Map.of("reason", "audit 2027-01"), previous);
            log.add(entry);
            previous = entry.hash();
        }
        return log;
    }
}
