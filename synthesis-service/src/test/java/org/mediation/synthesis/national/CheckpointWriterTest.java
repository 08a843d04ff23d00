package org.mediation.synthesis.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.history.EventHistory;

/**
 * Checkpoints cover only events numbered a settling time ago: an intake numbers a batch before it inserts it, so a
 * number just taken may be an event not in the history yet.
 */
class CheckpointWriterTest {

    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();
    private static final Instant T0 = Instant.parse("2031-03-12T08:00:00Z");

    private final EventHistory history = mock(EventHistory.class);
    private final Clock clock = mock(Clock.class);
    private MongoServer server;
    private MongoClient client;
    private Checkpoints checkpoints;
    private CheckpointWriter writer;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("synthesis");
        checkpoints = new Checkpoints(database, JSON);
        writer = new CheckpointWriter(history, checkpoints, database, clock, 5, Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_checkpoint_covers_only_numbers_taken_a_minute_before() {
        tick(T0, 12);
        tick(T0.plusSeconds(30), 20);
        assertThat(checkpointed()).isZero();

        tick(T0.plusSeconds(61), 20);
        assertThat(checkpointed()).isEqualTo(10);

        tick(T0.plusSeconds(91), 27);
        assertThat(checkpointed()).isEqualTo(20);
    }

    private void tick(Instant now, long lastNumber) {
        when(clock.instant()).thenReturn(now);
        when(history.lastSequence()).thenReturn(lastNumber);
        writer.write();
    }

    private long checkpointed() {
        return checkpoints.all().stream().mapToLong(Checkpoint::sequence).max().orElse(0);
    }
}
