package org.mediation.local;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB-wire server of {@code run-local.sh}: mongo-java-server with its H2 backend, all databases in one file
 * that survives restarts, committed before each write is answered ({@link CommittingH2Backend}). Runs until the JVM is
 * stopped (SIGTERM), then closes the H2 store cleanly.
 *
 * <p>Usage: {@code LocalMongoServer <data file> <port>}; listens on 127.0.0.1 only.
 */
public final class LocalMongoServer {

    private LocalMongoServer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LocalMongoServer <data file> <port>");
            System.exit(2);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new CommittingH2Backend(open(file)));
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "local-mongo-stop"));
        System.out.println("mongo-java-server listening on 127.0.0.1:" + port + ", data in " + file);
    }

    /**
     * Pages of 8 entries rather than H2's 48: every commit rewrites the pages its writes touched, and a page of small
     * entries costs less to rewrite; a page cache of 256 MB rather than 16 keeps a history's pages decoded (the heap is
     * 1 GB: run-local.sh, StoreProcess). Measured in docs/benchmarks.md, "the embedded store".
     */
    private static MVStore open(Path file) {
        return new MVStore.Builder()
                .fileName(file.toString())
                .keysPerPage(8)
                .cacheSize(256)
                .open();
    }
}
