package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list query matched by a set lookup answers exactly what mongo-java-server's own H2 backend answers. */
class InListCollectionTest {

    @TempDir
    Path data;

    @Test
    void list_queries_answer_as_mongo_java_server_s_own_matching() {
        List<Bson> queries = List.of(
                Filters.in("sequence", LongStream.range(0, 150).boxed().toList()),
                Filters.in("sequence", 5, 6, 12, 299),
                Filters.in("sequence", "12"),
                Filters.in("sequence", Arrays.asList(null, 3L)),
                Filters.in("sequence", 6.0),
                Filters.in("_id", "e-1", "e-2", "e-nowhere"),
                Filters.in("nested.sequence", 4L));

        List<List<String>> ours = answers(
                new CommittingH2Backend(MVStore.open(data.resolve("m.h2").toString())), queries);
        List<List<String>> original = answers(new H2Backend(MVStore.open(null)), queries);

        assertEquals(original, ours);
        assertEquals(152, ours.get(0).size(), "0 to 149, the array holding 5 and 6.0");
    }

    /** The ids each query finds in the same documents, on a server of that backend. */
    private static List<List<String>> answers(MongoBackend backend, List<Bson> queries) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/")) {
            MongoCollection<Document> events = client.getDatabase("test").getCollection("events");
            List<Document> documents = new ArrayList<>();
            for (long n = 0; n < 300; n++) {
                documents.add(new Document("_id", "e-" + n).append("sequence", n % 3 == 0 ? (Object) (int) n : n));
            }
            documents.add(new Document("_id", "array").append("sequence", List.of(5L, 7_000L)));
            documents.add(new Document("_id", "missing"));
            documents.add(new Document("_id", "double").append("sequence", 6.0));
            documents.add(new Document("_id", "text").append("sequence", "12"));
            documents.add(new Document("_id", "nested").append("nested", new Document("sequence", 4L)));
            events.insertMany(documents);
            Function<Bson, List<String>> ids = query ->
                    events.find(query).map(document -> document.getString("_id")).into(new ArrayList<>()).stream()
                            .sorted()
                            .toList();
            return queries.stream().map(ids).toList();
        } finally {
            server.shutdownNow();
        }
    }
}
