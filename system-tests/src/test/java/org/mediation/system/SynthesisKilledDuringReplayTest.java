package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;

/**
 * kill -9 of synthesis-service while a full replay rebuilds and swaps its projections: after the restart the live
 * projections equal a clean rebuild from the history (a dry run finds the same checksum before and after), the
 * national count is what registration accepted, and the audit log still verifies.
 */
@Order(10)
class SynthesisKilledDuringReplayTest {

    private static final String TEAM = Registrations.TEAM;
    private static final String OPERATOR = Tokens.operator();

    private static TheSystem system;
    private static Registrations registrations;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
        registrations = new Registrations(system);
    }

    @Test
    void the_live_projections_equal_a_clean_rebuild_after_a_kill_during_a_replay() throws Exception {
        String day = registrations.openDay("Journée rejouée", 50);
        for (int i = 0; i < 20; i++) {
            registrations.register(day, "replayed-" + i + "@example.org");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> confirmedInSynthesis(day) == 20);
        int national = settledNationalConfirmed();

        String replay = replay(false);
        JsonNode seen = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> status(replay),
                        status -> !status.path("status").asText().equals("PENDING"));
        system.killAndRestartSynthesis();
        System.out.printf(
                "kill -9 of synthesis while its replay was %s (%d of %d events); restarted%n",
                seen.path("status").asText(),
                seen.path("processed").asInt(),
                seen.path("total").asInt());

        // Events still arriving change the history between a dry run's two checksums: the live projections must come
        // to equal the clean rebuild once synthesis is level with its topics (a damaged one never would).
        JsonNode[] result = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    String dryRun = replay(true);
                    result[0] = await().atMost(Duration.ofSeconds(60))
                            .until(
                                    () -> status(dryRun),
                                    status -> status.path("status").asText().equals("COMPLETED"));
                    boolean same = result[0]
                            .path("checksumAfter")
                            .asText()
                            .equals(result[0].path("checksumBefore").asText());
                    if (!same) {
                        System.out.printf(
                                "dry run: live differs from the rebuild on %s%n",
                                result[0].path("changedRegionalDays"));
                    }
                    return same;
                });
        System.out.printf(
                "after the restart: live %s, clean rebuild %s, days that differ %s%n",
                result[0].path("checksumBefore").asText(),
                result[0].path("checksumAfter").asText(),
                result[0].path("changedRegionalDays"));
        assertThat(registrations.nationalConfirmed()).isEqualTo(national);
        assertThat(confirmedInSynthesis(day)).isEqualTo(20);
        assertThat(api.get(system.synthesis.uri("/api/operations/audit-log/verify"), OPERATOR)
                        .body()
                        .path("valid")
                        .asBoolean())
                .isTrue();
    }

    /**
     * The national count once two reads 500 ms apart agree: the national aggregate is summed at most every 250 ms, so
     * it then holds every event recorded before the first read.
     */
    private int settledNationalConfirmed() {
        int[] last = {-1};
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            int now = registrations.nationalConfirmed();
                            boolean settled = now == last[0];
                            last[0] = now;
                            return settled ? now : null;
                        },
                        Objects::nonNull);
    }

    private String replay(boolean dryRun) {
        Api.Reply started = api.post(
                system.synthesis.uri("/api/operations/replays"),
                OPERATOR,
                Map.of("scope", Map.of(), "dryRun", dryRun, "reason", "kill -9 during a replay"));
        assertThat(started.status()).isEqualTo(202);
        return started.body().path("id").asText();
    }

    private JsonNode status(String replay) {
        return api.get(system.synthesis.uri("/api/operations/replays/" + replay), OPERATOR)
                .body();
    }

    private int confirmedInSynthesis(String day) {
        Api.Reply synthesis = api.get(system.synthesis.uri("/api/regional-days/" + day + "/synthesis"), TEAM);
        return synthesis.status() == 200
                ? synthesis.body().path("attendance").path("confirmed").asInt()
                : -1;
    }
}
