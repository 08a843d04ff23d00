package org.mediation.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances asking for the same lease on the same database: one holds it at a time, until it lapses. */
class LeaseTest {

    private static final Duration TTL = Duration.ofSeconds(10);

    private MongoServer server;
    private MongoClient client;
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private Lease first;
    private Lease second;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("test");
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        first = new Lease(database, "national", TTL, clock);
        second = new Lease(database, "national", TTL, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void one_holder_at_a_time_while_it_renews() {
        assertThat(first.hold()).isTrue();
        assertThat(second.hold()).isFalse();
        now = now.plus(TTL.minusSeconds(1));
        assertThat(first.hold()).isTrue();
        now = now.plus(TTL.minusSeconds(1));
        assertThat(second.hold()).isFalse();
        assertThat(second.holding()).isEqualTo(new Lease.Holding(true, false, 1));
        assertThat(first.holding()).isEqualTo(new Lease.Holding(true, true, 1));
    }

    @Test
    void a_lease_not_renewed_passes_to_the_next_that_asks() {
        assertThat(first.hold()).isTrue();
        now = now.plus(TTL).plusMillis(1);
        assertThat(second.holding().elsewhere()).isFalse();
        assertThat(second.hold()).isTrue();
        assertThat(first.hold()).isFalse();
        assertThat(first.holding()).isEqualTo(new Lease.Holding(true, false, 2));
    }

    @Test
    void a_released_lease_is_taken_at_once() {
        assertThat(first.hold()).isTrue();
        first.release();
        assertThat(second.holding().held()).isFalse();
        assertThat(second.hold()).isTrue();
        assertThat(second.holding().taken()).isEqualTo(2);
        assertThat(first.hold()).isFalse();
    }
}
