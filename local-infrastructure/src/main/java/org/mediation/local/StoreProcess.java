package org.mediation.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link LocalMongoServer} (mongo-java-server on H2, as {@code ./run-local.sh} runs it, with its 1 GB heap) as its own
 * JVM, on a fresh file.
 */
public final class StoreProcess {

    private StoreProcess() {}

    public static LocalProcess start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("mongo-wire");
        int port = ServiceProcess.freePort();
        return LocalProcess.start(
                port,
                dir.resolve("mongo.log"),
                "1g",
                LocalMongoServer.class.getName(),
                dir.resolve("data.mv").toString(),
                Integer.toString(port));
    }
}
