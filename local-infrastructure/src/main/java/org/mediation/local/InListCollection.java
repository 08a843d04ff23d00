package org.mediation.local;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection, matching a query of one field against a list of strings or whole numbers
 * ({@code {sequence: {$in: [...]}}}) by a set lookup: mongo-java-server compares a document with each value of the
 * list in turn, so reading 1,000 events by their numbers cost half a million comparisons after the index had found
 * them (docs/benchmarks.md). Any other query, and a document whose value is neither a string nor a whole number, is
 * matched as mongo-java-server matches it.
 */
final class InListCollection extends H2Collection {

    /** The query last matched (by identity: a query is matched against every document it reads) and its list. */
    private Document matching;

    private InList list;

    InListCollection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> documents,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected synchronized boolean documentMatchesQuery(Document document, Document query) {
        if (query != matching) {
            matching = query;
            list = InList.of(query);
        }
        Object value = list == null ? null : InList.comparable(document.get(list.field()));
        return value != null ? list.values().contains(value) : super.documentMatchesQuery(document, query);
    }

    /** A query {@code {field: {$in: [values]}}} on a top-level field, its values strings or whole numbers. */
    private record InList(String field, Set<Object> values) {

        static InList of(Document query) {
            if (query.size() != 1) {
                return null;
            }
            String field = query.keySet().iterator().next();
            if (field.startsWith("$")
                    || field.contains(".")
                    || !(query.get(field) instanceof Document condition)
                    || condition.size() != 1
                    || !(condition.get("$in") instanceof Collection<?> listed)) {
                return null;
            }
            Set<Object> values = new HashSet<>();
            for (Object listedValue : listed) {
                Object value = comparable(listedValue);
                if (value == null) {
                    return null;
                }
                values.add(value);
            }
            return new InList(field, values);
        }

        /** A string as it is, a whole number as a long (1 and 1L are the same value), anything else null. */
        static Object comparable(Object value) {
            if (value instanceof String) {
                return value;
            }
            if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
            return null;
        }
    }
}
