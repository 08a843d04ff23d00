package org.mediation.platform.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;

/**
 * A named lease in the service's database ({@code leases}): one instance at a time holds it, for {@code ttl} after
 * it last renewed it; an instance that stops renewing (killed, paused, cut off) loses it to the next that asks.
 */
public final class Lease {

    private final MongoCollection<Document> leases;
    private final String name;
    private final String holder;
    private final Duration ttl;
    private final Clock clock;

    public Lease(MongoDatabase database, String name, Duration ttl, Clock clock) {
        this.leases = database.getCollection("leases");
        this.name = name;
        this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * Takes the lease when it is free or ran out, or renews it when this instance holds it: whether this instance
     * holds it now. Each taking counts once in {@link Holding#taken()}.
     */
    public boolean hold() {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(ttl));
        if (leases.updateOne(and(eq(name), eq("holder", holder), gte("until", now)), set("until", until))
                        .getMatchedCount()
                == 1) {
            return true;
        }
        if (leases.updateOne(
                                and(eq(name), lt("until", now)),
                                combine(set("holder", holder), set("until", until), inc("taken", 1L)))
                        .getMatchedCount()
                == 1) {
            return true;
        }
        try {
            leases.insertOne(new Document("_id", name)
                    .append("holder", holder)
                    .append("until", until)
                    .append("taken", 1L));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease up at once when this instance holds it, so the next that asks takes it. */
    public void release() {
        leases.updateOne(and(eq(name), eq("holder", holder)), set("until", new Date(0)));
    }

    /** Who holds the lease now, as this instance sees it. */
    public Holding holding() {
        Document lease = leases.find(eq(name)).first();
        if (lease == null) {
            return new Holding(false, false, 0);
        }
        boolean held = lease.getDate("until").toInstant().isAfter(clock.instant());
        return new Holding(held, held && holder.equals(lease.getString("holder")), lease.getLong("taken"));
    }

    /** Whether an instance holds the lease now and whether it is this one, and how many times it was taken so far. */
    public record Holding(boolean held, boolean mine, long taken) {

        public boolean elsewhere() {
            return held && !mine;
        }
    }
}
