package org.mediation.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;

/** One round trip where a projection would otherwise read before it writes. */
public final class Inserts {

    private Inserts() {}

    /** Inserts the document unless one with its {@code _id} is already there (a redelivered event, for instance). */
    public static <T> void ifAbsent(MongoCollection<T> collection, T document) {
        try {
            collection.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
