package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's own data types ({@link BsonObjectType}, {@link IndexKeyType}) keep every document and index as H2's
 * default types kept them, in files written before them too.
 */
class StoreTypesTest {

    @TempDir
    Path data;

    @Test
    void documents_of_every_bson_type_come_back_as_written_after_a_restart() {
        Path file = data.resolve("mongo.h2");
        List<Document> written =
                IntStream.range(0, 50).mapToObj(StoreTypesTest::everyType).toList();
        served(file, CommittingH2Backend::new, events -> events.insertMany(written));

        List<Document> read = served(
                file,
                CommittingH2Backend::new,
                events -> events.find().sort(Sorts.ascending("n")).into(new ArrayList<>()));

        assertEquals(written, read);
    }

    @Test
    void collections_and_their_indexes_are_opened_with_the_store_s_types_after_a_restart_too() {
        Path file = data.resolve("mongo.h2");
        served(file, CommittingH2Backend::new, events -> events.insertMany(List.of(keyed(1), keyed(2))));
        CommittingH2Backend backend = new CommittingH2Backend(MVStore.open(file.toString()));
        try {
            MVMap<Object, Object> documents = backend.getMvStore().openMap("databases.regional.events");
            MVMap<Object, Object> ids = backend.getMvStore().openMap("regional.events._index__id_");

            assertEquals(List.of(ObjectIdType.class, BsonObjectType.class), types(documents));
            assertEquals(List.of(IndexKeyType.class, ObjectIdType.class), types(ids));
        } finally {
            backend.close();
        }
    }

    @Test
    void a_file_written_with_h2_default_types_is_read_and_its_unique_index_still_finds_every_key() {
        Path file = data.resolve("mongo.h2");
        served(file, H2Backend::new, events -> {
            events.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            return events.insertMany(
                    IntStream.range(0, 200).mapToObj(StoreTypesTest::keyed).toList());
        });

        served(file, CommittingH2Backend::new, events -> {
            IntStream.range(0, 200).forEach(n -> assertDuplicate(events, keyed(n)));
            return events.insertMany(
                    IntStream.range(200, 300).mapToObj(StoreTypesTest::keyed).toList());
        });

        List<Document> read = served(file, CommittingH2Backend::new, events -> {
            IntStream.range(0, 300).forEach(n -> assertDuplicate(events, keyed(n)));
            return events.find().sort(Sorts.ascending("n")).into(new ArrayList<>());
        });
        assertEquals(IntStream.range(0, 300).mapToObj(StoreTypesTest::keyed).toList(), read);
    }

    private static Document everyType(int n) {
        return new Document("_id", new ObjectId())
                .append("n", n)
                .append("name", "journée régionale " + n)
                .append("count", 7_000_000_000L + n)
                .append("share", n / 3.0)
                .append("open", n % 2 == 0)
                .append("closed", null)
                .append("at", new Date(1_764_000_000_000L + n))
                .append("key", UUID.nameUUIDFromBytes(new byte[] {(byte) n}))
                .append("sealed", new Binary(new byte[] {1, 2, (byte) n}))
                .append("amount", Decimal128.parse(n + ".25"))
                .append("stamp", new BsonTimestamp(n, 1))
                .append("themes", List.of("inclusion", List.of(n, "numérique")))
                .append("region", new Document("code", "ARA").append("days", List.of(new Document("n", n))));
    }

    private static List<Class<?>> types(MVMap<Object, Object> map) {
        return List.of(map.getKeyType().getClass(), map.getValueType().getClass());
    }

    private static Document keyed(int n) {
        return new Document("_id", "registration-" + n).append("n", n).append("key", "day-" + (n % 7) + "/" + n);
    }

    private static void assertDuplicate(MongoCollection<Document> events, Document document) {
        MongoWriteException refused = assertThrows(
                MongoWriteException.class,
                () -> events.insertOne(new Document(document).append("_id", "again-" + document.get("n"))));
        assertEquals(ErrorCategory.DUPLICATE_KEY, ErrorCategory.fromErrorCode(refused.getCode()));
    }

    private static <T> T served(
            Path file, Function<MVStore, MongoBackend> backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend.apply(MVStore.open(file.toString())));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?uuidRepresentation=standard")) {
            return work.apply(client.getDatabase("regional").getCollection("events"));
        } finally {
            server.shutdownNow();
        }
    }
}
