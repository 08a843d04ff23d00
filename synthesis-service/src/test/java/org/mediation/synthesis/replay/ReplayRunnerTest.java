package org.mediation.synthesis.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.mediation.platform.audit.AuditLog;
import org.mediation.synthesis.edition.query.EditionHistory;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.integration.inbound.SynthesisIntake;

/** A replay whose store fails, audit log included, ends FAILED with the reason: an operator never waits for it. */
class ReplayRunnerTest {

    @Test
    void a_replay_the_store_fails_is_failed_even_when_its_audit_entry_is_refused_too() {
        EventHistory history = mock(EventHistory.class);
        AuditLog auditLog = mock(AuditLog.class);
        when(history.lastSequence()).thenThrow(new MongoTimeoutException("the store is away"));
        when(auditLog.append(anyString(), anyString(), any())).thenThrow(new MongoTimeoutException("still away"));
        ReplayRunner runner = new ReplayRunner(
                history,
                mock(LiveProjections.class),
                mock(SynthesisIntake.class),
                auditLog,
                mock(EditionHistory.class));
        Replay replay = new Replay("replay-1", new ReplayRequest(new ReplayScope(null, null), null, true, "audit"));

        assertThatThrownBy(() -> runner.run(replay, "operator")).isInstanceOf(MongoTimeoutException.class);

        assertThat(replay.status().status()).isEqualTo("FAILED");
        assertThat(replay.status().error()).contains("the store is away");
    }
}
