package org.mediation.resource.stand.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The regional days learnt from {@code registration-events}; remembering one twice is harmless (upsert by id). */
@Repository
public class KnownRegionalDays {

    private final MongoCollection<KnownRegionalDay> collection;

    KnownRegionalDays(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("regional_days", KnownRegionalDay.class);
    }

    public void remember(KnownRegionalDay day) {
        collection.replaceOne(eq(day.id()), day, new ReplaceOptions().upsert(true));
    }

    public Optional<KnownRegionalDay> find(String regionalDayId) {
        return Optional.ofNullable(collection.find(eq(regionalDayId)).first());
    }
}
