package org.mediation.platform.audit;

import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.mediation.platform.web.Paging;

/**
 * The append-only, hash-chained log of sensitive actions (replays and swaps in synthesis; personal-data exports and
 * erasures in registration), in the service's MongoDB ({@code audit_log}), each entry's hash also anchored on Kafka
 * ({@link AuditAnchors}), so a modified, removed or recomputed entry and a cut tail are all found by {@link #verify}. Entries are numbered
 * from 1 and timed to the millisecond (what MongoDB keeps); a concurrent append from another instance loses the race on the unique {@code _id} and retries.
 */
public class AuditLog {

    private final MongoCollection<Document> entries;
    private final Clock clock;
    private final AuditAnchors anchors;
    /** The newest entry this instance knows, once read or appended: not read again for each entry. */
    private AuditEntry last;

    AuditLog(MongoDatabase database, Clock clock, AuditAnchors anchors) {
        this.entries = database.getCollection("audit_log");
        this.clock = clock;
        this.anchors = anchors;
    }

    /**
     * Seals and stores the next entry, then anchors it. The newest entry is read from the store once, then known here;
     * when another instance appended meanwhile, the store refuses the number taken (unique {@code _id}) and the newest
     * entry is read again.
     */
    public synchronized AuditEntry append(String action, String actor, Map<String, Object> details) {
        while (true) {
            Optional<AuditEntry> previous = last != null ? Optional.of(last) : newestStored();
            AuditEntry entry = AuditChain.seal(
                    previous.map(AuditEntry::sequence).orElse(0L) + 1,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    action,
                    actor,
                    details,
                    previous.map(AuditEntry::hash).orElse(AuditChain.GENESIS));
            try {
                entries.insertOne(document(entry));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                last = null;
                continue;
            }
            last = entry;
            anchors.anchor(entry);
            return entry;
        }
    }

    private Optional<AuditEntry> newestStored() {
        return Optional.ofNullable(entries.find().sort(descending("_id")).first())
                .map(AuditLog::entry);
    }

    /** One page of the log from its newest entry back ({@code page} 0: the newest {@code size}), oldest first. */
    public List<AuditEntry> newest(Paging paging) {
        List<AuditEntry> page = new ArrayList<>();
        entries.find()
                .sort(descending("_id"))
                .skip(paging.skip())
                .limit(paging.size())
                .forEach(document -> page.add(entry(document)));
        Collections.reverse(page);
        return page;
    }

    /** The whole log checked against its anchors, its entries streamed from the store, none held. */
    public AuditVerdict verify() {
        return AuditChain.verify(
                () -> entries.find().sort(ascending("_id")).map(AuditLog::entry).iterator(), anchors.read());
    }

    private static Document document(AuditEntry entry) {
        return new Document("_id", entry.sequence())
                .append("time", Date.from(entry.time()))
                .append("action", entry.action())
                .append("actor", entry.actor())
                .append("details", new Document(entry.details()))
                .append("previousHash", entry.previousHash())
                .append("hash", entry.hash());
    }

    private static AuditEntry entry(Document document) {
        return new AuditEntry(
                document.getLong("_id"),
                document.getDate("time").toInstant(),
                document.getString("action"),
                document.getString("actor"),
                document.get("details", Document.class),
                document.getString("previousHash"),
                document.getString("hash"));
    }
}
