package org.mediation.synthesis.replay;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Replay statuses in MongoDB ({@code replays}), so that every instance answers for a replay whichever one runs it.
 * The running instance writes its replays' statuses every second; a replay left unfinished and unwritten for
 * {@link #ABANDONED} lost its instance (killed, stopped) and is answered as FAILED.
 */
@Repository
class ReplayStatuses {

    static final Duration ABANDONED = Duration.ofSeconds(30);

    private final MongoCollection<Document> statuses;
    private final ObjectMapper json;
    private final Clock clock;

    ReplayStatuses(MongoDatabase synthesisDatabase, ObjectMapper json, Clock clock) {
        this.statuses = synthesisDatabase.getCollection("replays");
        this.json = json;
        this.clock = clock;
    }

    void save(ReplayStatus status) {
        try {
            statuses.replaceOne(
                    eq(status.id()),
                    new Document("_id", status.id())
                            .append("status", Document.parse(json.writeValueAsString(status)))
                            .append("written", Date.from(clock.instant())),
                    new ReplaceOptions().upsert(true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable replay status " + status.id(), e);
        }
    }

    Optional<ReplayStatus> find(String id) {
        return Optional.ofNullable(statuses.find(eq(id)).first()).map(this::read);
    }

    private ReplayStatus read(Document document) {
        ReplayStatus status;
        try {
            status = json.readValue(document.get("status", Document.class).toJson(), ReplayStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable replay status " + document.get("_id"), e);
        }
        boolean abandoned = !status.finished()
                && document.getDate("written").toInstant().plus(ABANDONED).isBefore(clock.instant());
        return abandoned ? status.abandoned() : status;
    }
}
