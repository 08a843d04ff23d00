package org.mediation.resource.stand.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.mediation.platform.inbox.RejectedEvent;
import org.springframework.stereotype.Repository;

/**
 * The regional days learnt from {@code registration-events}; remembering one twice is harmless (upsert by id), but a
 * day's region never changes once known: an event that would move a known day to another region is refused, never
 * applied, and goes to the dead letters with the reason (no retry can cure it).
 */
@Repository
public class KnownRegionalDays {

    private final MongoCollection<KnownRegionalDay> collection;

    KnownRegionalDays(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("regional_days", KnownRegionalDay.class);
    }

    public void remember(KnownRegionalDay day) {
        find(day.id()).filter(known -> !known.region().equals(day.region())).ifPresent(known -> {
            throw new RejectedEvent("Regional day " + known.id() + " is in " + known.region()
                    + "; an event placing it in " + day.region() + " is refused.");
        });
        collection.replaceOne(eq(day.id()), day, new ReplaceOptions().upsert(true));
    }

    public Optional<KnownRegionalDay> find(String regionalDayId) {
        return Optional.ofNullable(collection.find(eq(regionalDayId)).first());
    }
}
