package org.mediation.registration.personallink;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * The secret that signs personal links: 32 random bytes made by the first instance that needs it and kept in the
 * service's own database (collection {@code personal_link_keys}), so every instance signs and checks alike and no
 * setting can be left at a default. Deleting the document invalidates every link sent.
 */
@Component
class PersonalLinkKey implements Supplier<byte[]> {

    private static final String ID = "current";

    private final MongoCollection<Document> keys;
    private volatile byte[] secret;

    PersonalLinkKey(MongoDatabase registrationDatabase) {
        this.keys = registrationDatabase.getCollection("personal_link_keys");
    }

    @Override
    public byte[] get() {
        if (secret == null) {
            byte[] candidate = new byte[32];
            new SecureRandom().nextBytes(candidate);
            keys.updateOne(eq(ID), setOnInsert("secret", new Binary(candidate)), new UpdateOptions().upsert(true));
            secret = keys.find(eq(ID)).first().get("secret", Binary.class).getData();
        }
        return secret;
    }
}
