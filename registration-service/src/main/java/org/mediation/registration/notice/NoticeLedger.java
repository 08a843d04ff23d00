package org.mediation.registration.notice;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.bson.Document;

/**
 * Which notices were handled, one document per event ({@code _id}: the event's identifier) in
 * {@code participant_notices}: a notice is claimed before its mail is handed to the SMTP server and marked sent after,
 * so a redelivered event (a restart, a replay, another instance taking the processor's segment) never sends twice. A
 * claim left {@code SENDING} by a process killed during the hand-over is not sent again (it may have gone): operators
 * see it in the collection.
 */
class NoticeLedger {

    static final String COLLECTION = "participant_notices";

    private final MongoCollection<Document> notices;

    NoticeLedger(MongoDatabase database) {
        this.notices = database.getCollection(COLLECTION);
    }

    /** True when this call claimed the notice; false when it was claimed before. */
    boolean claim(String noticeId, String registrationId, NoticeKind kind) {
        try {
            notices.insertOne(new Document("_id", noticeId)
                    .append("registrationId", registrationId)
                    .append("kind", kind.name())
                    .append("state", "SENDING")
                    .append("at", Instant.now()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    void sent(String noticeId) {
        notices.updateOne(eq("_id", noticeId), set("state", "SENT"));
    }

    /** Nobody to tell: the personal data was erased before the notice went. */
    void skipped(String noticeId) {
        notices.updateOne(eq("_id", noticeId), set("state", "ERASED"));
    }

    /** The SMTP server refused or was away: the notice is free to be sent when the event comes again. */
    void release(String noticeId) {
        notices.deleteOne(eq("_id", noticeId));
    }
}
