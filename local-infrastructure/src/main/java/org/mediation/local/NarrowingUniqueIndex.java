package org.mediation.local;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's unique index on H2 (its {@code H2UniqueIndex}, whose constructor is not ours to call), which also
 * answers a query that names its one key with a value beside other conditions, flat or in a top-level {@code $and}:
 * {@code {_id: x, sequence: {$lt: n}}}, {@code Filters.and(eq(x), …)}. mongo-java-server uses an index only for a query
 * on its keys alone, and reads the whole collection for anything else, so every conditional update by {@code _id}
 * (a version check, a guard against an erased registration) read every document of its collection. This index gives
 * the one candidate; the collection then matches it against the whole query, as it matches every document it reads.
 */
final class NarrowingUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    NarrowingUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || narrowed(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        return super.getPositions(super.canHandle(query) ? query : narrowed(query));
    }

    /** The query on this index's one key alone, when the query asks that key for one plain value; else null. */
    private Document narrowed(Document query) {
        if (keys().size() != 1) {
            return null;
        }
        String key = keys().get(0);
        Object value = query.containsKey(key) ? query.get(key) : valueInAnd(query.get("$and"), key);
        if (value == null || value instanceof Map || value instanceof Collection) {
            return null;
        }
        Document narrowed = new Document(key, value);
        return super.canHandle(narrowed) ? narrowed : null;
    }

    private static Object valueInAnd(Object and, String key) {
        if (and instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document part && part.containsKey(key)) {
                    return part.get(key);
                }
            }
        }
        return null;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
