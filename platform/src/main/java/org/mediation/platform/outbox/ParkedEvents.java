package org.mediation.platform.outbox;

import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events the outbox could never publish ({@code outbox_parked}), each with its reason, kept for an operator: they
 * stay in the event store, only their publication is given up (docs/operations.md says what to do about them).
 */
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final MongoCollection<Document> parked;
    private final Clock clock;

    ParkedEvents(MongoDatabase database, Clock clock) {
        this.parked = database.getCollection("outbox_parked");
        this.clock = clock;
    }

    void park(EventMessage<?> message, Throwable reason) {
        log.error(
                "Event {} ({}) can never be published; parked",
                message.getIdentifier(),
                message.getPayloadType(),
                reason);
        Document entry = new Document("_id", message.getIdentifier())
                .append("type", message.getPayloadType().getName())
                .append("timestamp", Date.from(message.getTimestamp()))
                .append("reason", String.valueOf(reason.getMessage()))
                .append("parkedAt", Date.from(clock.instant()));
        if (message instanceof DomainEventMessage<?> event) {
            entry.append("aggregate", event.getAggregateIdentifier()).append("sequence", event.getSequenceNumber());
        }
        parked.replaceOne(new Document("_id", message.getIdentifier()), entry, new ReplaceOptions().upsert(true));
    }

    public long count() {
        return parked.countDocuments();
    }

    public List<Document> newestFirst(int limit) {
        return parked.find().sort(descending("parkedAt")).limit(limit).into(new ArrayList<>());
    }
}
