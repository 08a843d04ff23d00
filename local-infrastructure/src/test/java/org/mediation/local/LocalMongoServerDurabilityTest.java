package org.mediation.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MongoDB-wire server of run-local.sh loses no acknowledged write when its process is killed with SIGKILL, writers
 * sharing commits ({@link GroupCommit}) included.
 */
@Tag("wiring")
class LocalMongoServerDurabilityTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 250;
    private static final int WRITES = WRITERS * WRITES_EACH;

    @TempDir
    Path data;

    @Test
    void every_acknowledged_write_survives_a_kill_minus_9() throws Exception {
        Path file = data.resolve("mongo.h2");
        int port = ServiceProcess.freePort();
        Process server = start(file, port);
        try (MongoClient client = client(port)) {
            MongoCollection<Document> written = client.getDatabase("durability").getCollection("writes");
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int first = w * WRITES_EACH;
                done.add(writers.submit(() -> IntStream.range(first, first + WRITES_EACH)
                        .forEach(i -> written.insertOne(new Document("_id", i)))));
            }
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writers.shutdown();
        }
        server.destroyForcibly();
        assertTrue(server.waitFor(20, TimeUnit.SECONDS));
        System.out.printf("%d acknowledged writes, then SIGKILL%n", WRITES);

        Process restarted = start(file, port);
        try (MongoClient client = client(port)) {
            long kept = client.getDatabase("durability").getCollection("writes").countDocuments();
            System.out.printf("%d writes found after the restart%n", kept);
            assertEquals(WRITES, kept);
        } finally {
            restarted.destroy();
            restarted.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path file, int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LocalMongoServer.class.getName(),
                        file.toString(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("local-mongo", ".log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!listening(port)) {
            assertTrue(process.isAlive() && Instant.now().isBefore(deadline), "the server did not start");
            Thread.sleep(50);
        }
        return process;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port);
    }
}
