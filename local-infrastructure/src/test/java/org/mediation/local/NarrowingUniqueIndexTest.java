package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query by {@code _id} with other conditions is answered from the {@code _id} index, and answered right. */
class NarrowingUniqueIndexTest {

    @TempDir
    Path data;

    private final NarrowingUniqueIndex byId = new NarrowingUniqueIndex(
            MVStore.open(null).<KeyValue, Object>openMap("index"), "_id_", List.of(new IndexKey("_id", true)), false);

    @Test
    void a_query_naming_the_key_with_a_value_among_other_conditions_is_the_index_s() {
        assertTrue(byId.canHandle(doc("_id", "a")));
        assertTrue(byId.canHandle(doc("_id", "a").append("sequence", doc("$lt", 3))));
        assertTrue(byId.canHandle(doc("$and", List.of(doc("_id", "a"), doc("erased", doc("$ne", true))))));
    }

    @Test
    void a_query_without_one_value_of_the_key_is_not() {
        assertFalse(byId.canHandle(doc("status", "CONFIRMED")));
        assertFalse(byId.canHandle(doc("_id", doc("$gt", "a")).append("status", "CONFIRMED")));
        assertFalse(byId.canHandle(doc("$or", List.of(doc("_id", "a"), doc("_id", "b")))));
    }

    @Test
    void conditional_updates_by_id_change_the_one_document_whose_conditions_hold() {
        MongoServer server = new MongoServer(
                new CommittingH2Backend(MVStore.open(data.resolve("m.h2").toString())));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/")) {
            MongoCollection<Document> days = client.getDatabase("test").getCollection("days");
            days.insertMany(IntStream.range(0, 100)
                    .mapToObj(n -> new Document("_id", "day-" + n).append("sequence", n))
                    .toList());

            long stale = days.updateOne(
                            Filters.and(Filters.eq("day-7"), Filters.eq("sequence", 6)), Updates.set("seen", true))
                    .getMatchedCount();
            long current = days.updateOne(
                            Filters.and(Filters.eq("day-7"), Filters.eq("sequence", 7)), Updates.set("seen", true))
                    .getMatchedCount();
            long flat = days.updateOne(
                            new Document("_id", "day-8").append("sequence", new Document("$lt", 9)),
                            Updates.set("seen", true))
                    .getMatchedCount();

            assertEquals(List.of(0L, 1L, 1L), List.of(stale, current, flat));
            assertEquals(
                    List.of("day-7", "day-8"),
                    days.find(Filters.eq("seen", true))
                            .map(day -> day.getString("_id"))
                            .into(new ArrayList<>()));
        } finally {
            server.shutdownNow();
        }
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }
}
