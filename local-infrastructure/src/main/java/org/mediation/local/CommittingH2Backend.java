package org.mediation.local;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, committing its store before it answers a write: H2 commits on its own only about every
 * second, so a kill -9 would lose writes the client was told are done. Writes answered together share one commit
 * ({@link GroupCommit}); reads are answered at once, as MongoDB answers them before its journal is written. A commit
 * writes to the file (the operating system's cache, not the disk): a killed process loses nothing acknowledged, a power
 * failure may (docs/operations.md). Its maps write documents as BSON ({@link BsonObjectType}), object ids as their bytes
 * ({@link ObjectIdType}), and serialise an index key once, not at every comparison ({@link IndexKeyType}).
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

    /** H2Database's names for the maps of a collection's documents and of its metadata. */
    private static final String DOCUMENTS_MAP_PREFIX = "databases.";

    private static final String META_MAP_PREFIX = "meta.";

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

    /** Called from H2Backend's constructor too, for the databases already in the file. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedDatabase(databaseName);
    }

    /**
     * H2Database opening its maps with the data types above (H2Database opens a map by name with H2's default types)
     * and its collections as {@link InListCollection}s. An inner class, because
     * H2Database's constructor opens the existing collections before a field of a subclass could be set.
     */
    private final class TypedDatabase extends H2Database {

        TypedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore()
                    .openMap(
                            DOCUMENTS_MAP_PREFIX + namespace,
                            new MVMap.Builder<Object, Document>()
                                    .keyType(new ObjectIdType())
                                    .valueType(new BsonObjectType()));
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + namespace);
            return new InListCollection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        /** The unique indexes answer conditional queries by their key too ({@link NarrowingUniqueIndex}). */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore()
                    .openMap(
                            getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                            new MVMap.Builder<KeyValue, Object>()
                                    .keyType(new IndexKeyType())
                                    .valueType(new ObjectIdType()));
            return new NarrowingUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
