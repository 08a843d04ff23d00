package org.mediation.local;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, committing its store before it answers a write: H2 commits on its own only about every
 * second, so a kill -9 would lose writes the client was told are done. Writes answered together share one commit
 * ({@link GroupCommit}); reads are answered at once, as MongoDB answers them before its journal is written. A commit
 * writes to the file (the operating system's cache, not the disk): a killed process loses nothing acknowledged, a power
 * failure may (docs/operations.md).
 */
final class CommittingH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of(
            "find",
            "getMore",
            "count",
            "distinct",
            "hello",
            "isMaster",
            "ismaster",
            "ping",
            "buildInfo",
            "buildinfo",
            "listCollections",
            "listIndexes",
            "listDatabases",
            "killCursors",
            "endSessions");

    private final GroupCommit groupCommit = new GroupCommit(this::commit);

    CommittingH2Backend(MVStore store) {
        super(store);
    }

    /** Every message, OP_MSG included, reaches its command here. */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (!READS.contains(command)) {
                groupCommit.awaitCommitted();
            }
        }
    }
}
