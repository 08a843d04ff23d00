package org.mediation.resource.catalogue.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of the national theme catalogue (collection {@code known_themes}), learnt from
 * {@code workshop-events}: the codes a resource may be tagged with. Writes are upserts, so an event applied twice
 * changes nothing; a retired theme stays (resources keep being tagged with it: its history stays).
 */
@Repository
public class KnownThemes {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> themes;

    KnownThemes(MongoDatabase resourceDatabase) {
        this.themes = resourceDatabase.getCollection("known_themes");
    }

    public void learn(String code, String labelFr, String labelEn) {
        themes.updateOne(eq(code), combine(set("labelFr", labelFr), set("labelEn", labelEn)), UPSERT);
    }

    public void retire(String code) {
        themes.updateOne(eq(code), set("retired", true), UPSERT);
    }

    /** Whether any theme reached this service yet (right after a first start, none may have). */
    public boolean any() {
        return themes.find().limit(1).first() != null;
    }

    public boolean knows(String code) {
        return themes.find(eq(code)).limit(1).first() != null;
    }
}
