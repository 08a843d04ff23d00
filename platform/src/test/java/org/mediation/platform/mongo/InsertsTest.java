package org.mediation.platform.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InsertsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoCollection<Document> views = client.getDatabase("test").getCollection("views");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_document_already_there_is_kept_as_it_is() {
        Inserts.ifAbsent(views, new Document("_id", "r-1").append("status", "CONFIRMED"));
        Inserts.ifAbsent(views, new Document("_id", "r-1").append("status", "WAITLISTED"));

        assertEquals(1, views.countDocuments());
        assertEquals("CONFIRMED", views.find().first().getString("status"));
    }
}
