package org.mediation.platform.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A failure no retry can cure is told apart from an outage, however the store reports it. */
class StoreFailuresTest {

    private final AtomicBoolean storeAnswers = new AtomicBoolean(true);
    private final StoreFailures failures = new StoreFailures(storeAnswers::get);

    @Test
    void a_document_the_driver_refuses_as_too_large_is_incurable() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            Document huge = new Document("_id", "day").append("text", "x".repeat(17 * 1024 * 1024));
            RuntimeException refused = catching(
                    () -> client.getDatabase("test").getCollection("days").insertOne(huge));

            assertThat(failures.incurable(refused))
                    .hasValueSatisfying(
                            reason -> assertThat(reason).startsWith("The document is too large for the store"));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void a_write_refused_for_what_it_is_is_incurable_however_wrapped() {
        MongoWriteException tooLarge = new MongoWriteException(
                new WriteError(10334, "BSONObjectTooLarge", new BsonDocument()), new ServerAddress(), Set.of());
        MongoBulkWriteException badValue = new MongoBulkWriteException(
                BulkWriteResult.unacknowledged(),
                List.of(new BulkWriteError(17419, "Resulting document after update is larger", new BsonDocument(), 0)),
                null,
                new ServerAddress(),
                Set.of());

        assertThat(failures.incurable(new IllegalStateException("wrapped", tooLarge)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("refused the write"));
        assertThat(failures.incurable(badValue)).isPresent();
    }

    @Test
    void an_outage_or_a_race_is_no_incurable_failure() {
        MongoWriteException duplicate = new MongoWriteException(
                new WriteError(11000, "duplicate key (an upsert race)", new BsonDocument()),
                new ServerAddress(),
                Set.of());

        assertThat(failures.incurable(duplicate)).isEmpty();
        assertThat(failures.incurable(new MongoTimeoutException("no server"))).isEmpty();
        assertThat(failures.suspect(new MongoTimeoutException("no server"))).isFalse();
    }

    @Test
    void a_closed_connection_is_suspect_only_while_the_store_answers() {
        MongoSocketReadException closed =
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress());

        assertThat(failures.suspect(closed)).isTrue();
        storeAnswers.set(false);
        assertThat(failures.suspect(closed)).isFalse();
    }

    private static RuntimeException catching(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
