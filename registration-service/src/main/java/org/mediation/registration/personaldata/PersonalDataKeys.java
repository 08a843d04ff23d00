package org.mediation.registration.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Repository;

/**
 * The secret keys that seal personal data, kept outside the event store (collection {@code personal_data_keys},
 * looked up by {@code _id} only). Deleting a key is what erases a person.
 */
@Repository
class PersonalDataKeys {

    private static final int KEY_BYTES = 32;

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataKeys(MongoDatabase registrationDatabase) {
        this.keys = registrationDatabase.getCollection("personal_data_keys");
    }

    byte[] create(String id) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        keys.insertOne(new Document("_id", id).append("key", new Binary(key)));
        return key;
    }

    /** The existing key, or a new one; safe when two callers race to create it. */
    byte[] findOrCreate(String id) {
        return find(id).orElseGet(() -> {
            try {
                return create(id);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return find(id).orElseThrow(() -> e);
            }
        });
    }

    Optional<byte[]> find(String id) {
        return Optional.ofNullable(keys.find(eq(id)).first()).map(PersonalDataKeys::key);
    }

    Map<String, byte[]> findAll(Collection<String> ids) {
        Map<String, byte[]> found = new HashMap<>();
        keys.find(in("_id", ids)).forEach(document -> found.put(document.getString("_id"), key(document)));
        return found;
    }

    boolean deleteIfPresent(String id) {
        return keys.deleteOne(eq(id)).getDeletedCount() > 0;
    }

    private static byte[] key(Document document) {
        return document.get("key", Binary.class).getData();
    }
}
