package org.mediation.synthesis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_log_sealed_entry_after_entry_is_valid() {
        assertThat(AuditChain.verify(log(3))).isEqualTo(new AuditVerdict(true, 3, null));
    }

    @Test
    void changing_one_byte_of_an_entry_breaks_the_chain_at_that_entry() {
        List<AuditEntry> log = log(3);
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

        assertThat(AuditChain.verify(log)).isEqualTo(new AuditVerdict(false, 3, 2L));
    }

    @Test
    void removing_an_entry_breaks_the_chain_at_the_next_one() {
        List<AuditEntry> log = log(3);
        log.remove(1);

        assertThat(AuditChain.verify(log).firstBrokenEntry()).isEqualTo(3L);
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
