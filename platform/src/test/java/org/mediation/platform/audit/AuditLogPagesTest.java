package org.mediation.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.web.Paging;

/** The audit log is read a page at a time from its newest entry back, never whole. */
class AuditLogPagesTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_first_page_holds_the_newest_entries_oldest_first() {
        for (long sequence = 1; sequence <= 5; sequence++) {
            client.getDatabase("test")
                    .getCollection("audit_log")
                    .insertOne(new Document("_id", sequence)
                            .append("time", new Date())
                            .append("action", "registrations.listed")
                            .append("actor", "team-fr-hdf")
                            .append("details", new Document())
                            .append("previousHash", "p")
                            .append("hash", "h"));
        }
        AuditLog log = new AuditLog(client.getDatabase("test"), Clock.systemUTC(), null);

        assertThat(log.newest(Paging.of(0, 2, 10)))
                .extracting(AuditEntry::sequence)
                .containsExactly(4L, 5L);
        assertThat(log.newest(Paging.of(1, 2, 10)))
                .extracting(AuditEntry::sequence)
                .containsExactly(2L, 3L);
        assertThat(log.newest(Paging.of(2, 2, 10)))
                .extracting(AuditEntry::sequence)
                .containsExactly(1L);
    }
}
