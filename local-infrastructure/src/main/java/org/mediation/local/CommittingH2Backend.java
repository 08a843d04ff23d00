package org.mediation.local;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend, committing its store before it answers: H2 commits on its own only about every
 * second, so a kill -9 would lose writes the client was told are done. A commit writes to the file (the operating
 * system's cache, not the disk): a killed process loses nothing acknowledged, a power failure may (docs/operations.md).
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commit();
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commit();
        }
    }
}
