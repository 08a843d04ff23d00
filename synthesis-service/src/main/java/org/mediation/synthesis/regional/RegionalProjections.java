package org.mediation.synthesis.regional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mediation.synthesis.history.InboundEvent;
import org.springframework.stereotype.Repository;

/**
 * The regional projections in MongoDB, one document per regional day. Updates are optimistic (a version per
 * document), so concurrent consumers of different topics never lose each other's changes.
 */
@Repository
public class RegionalProjections {

    private static final String VERSION = "_version";

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;

    RegionalProjections(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.documents = synthesisDatabase.getCollection("regional_projections");
        this.json = json;
    }

    public void apply(InboundEvent event) {
        String dayId = event.text("regionalDayId");
        if (dayId == null) {
            return;
        }
        while (!tryApply(dayId, event)) {
            Thread.onSpinWait();
        }
    }

    private boolean tryApply(String dayId, InboundEvent event) {
        Document current = documents.find(eq(dayId)).first();
        long version = current == null ? 0 : current.getLong(VERSION);
        RegionalProjection projection = current == null ? new RegionalProjection(dayId) : read(current);
        projection.apply(event);
        Document next = write(projection).append("_id", dayId).append(VERSION, version + 1);
        try {
            // Upsert: a version that moved on makes it insert a second document with the same _id, which is refused.
            documents.replaceOne(and(eq(dayId), eq(VERSION, version)), next, new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    public Optional<RegionalProjection> find(String dayId) {
        return Optional.ofNullable(documents.find(eq(dayId)).first()).map(this::read);
    }

    public List<RegionalProjection> all() {
        List<RegionalProjection> all = new ArrayList<>();
        documents.find().forEach(document -> all.add(read(document)));
        return all;
    }

    private RegionalProjection read(Document document) {
        document.remove("_id");
        document.remove(VERSION);
        try {
            return json.readValue(document.toJson(), RegionalProjection.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable regional projection", e);
        }
    }

    private Document write(RegionalProjection projection) {
        try {
            return Document.parse(json.writeValueAsString(projection));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable regional projection", e);
        }
    }
}
