package org.mediation.synthesis.national;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.regional.RegionalProjection;
import org.springframework.stereotype.Repository;

/**
 * The checkpoints of point-in-time answers in MongoDB, all read by {@code _id} only: a small index entry each
 * ({@code asof_checkpoints}), what it holds of every day, the resource catalogue and the theme catalogue ({@code asof_checkpoint_figures}), and
 * the state of each day an event named since the checkpoint before ({@code asof_checkpoint_days}). An index entry is
 * written last, so a reader never sees a checkpoint whose parts are missing.
 */
@Repository
class Checkpoints {

    private static final TypeReference<List<CheckpointedDay>> DAYS = new TypeReference<>() {};
    private static final TypeReference<List<CatalogueEntry>> CATALOGUE = new TypeReference<>() {};
    private static final TypeReference<RegionalProjection> DAY = new TypeReference<>() {};
    private static final TypeReference<Themes> THEMES = new TypeReference<>() {};
    private static final int RECENT_PARTS = 8;

    private final MongoCollection<Document> index;
    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> days;
    private final ObjectMapper json;
    private final Map<Long, Document> recentParts = new LinkedHashMap<>(RECENT_PARTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Document> eldest) {
            return size() > RECENT_PARTS;
        }
    };

    Checkpoints(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.index = synthesisDatabase.getCollection("asof_checkpoints");
        this.figures = synthesisDatabase.getCollection("asof_checkpoint_figures");
        this.days = synthesisDatabase.getCollection("asof_checkpoint_days");
        this.json = json;
    }

    /** Every checkpoint, by sequence. */
    List<Checkpoint> all() {
        List<Checkpoint> all = new ArrayList<>();
        index.find()
                .forEach(entry -> all.add(new Checkpoint(
                        entry.getLong("_id"),
                        entry.getLong("previous"),
                        Instant.parse(entry.getString("latest")),
                        Instant.parse(entry.getString("earliest")))));
        all.sort(Comparator.comparingLong(Checkpoint::sequence));
        return all;
    }

    /**
     * What a checkpoint holds of every day it knows, by day id, of the resource catalogue, by resource id, and of the
     * theme catalogue (empty in a checkpoint written before themes were kept).
     */
    Held held(Checkpoint checkpoint) {
        if (checkpoint == Checkpoint.NONE) {
            return new Held(new LinkedHashMap<>(), new LinkedHashMap<>(), new Themes());
        }
        Document part = part(checkpoint);
        Map<String, CheckpointedDay> heldDays = new LinkedHashMap<>();
        read(part.getList("days", Document.class), DAYS).forEach(day -> heldDays.put(day.regionalDayId(), day));
        Map<String, CatalogueEntry> catalogue = new LinkedHashMap<>();
        read(part.getList("catalogue", Document.class), CATALOGUE)
                .forEach(entry -> catalogue.put(entry.resourceId(), entry));
        Document themes = part.get("themes", Document.class);
        return new Held(heldDays, catalogue, themes == null ? new Themes() : read(themes.toJson(), THEMES));
    }

    /** A day's state as written at a checkpoint. */
    RegionalProjection day(long stateAt, String dayId) {
        Document state = days.find(eq(stateAt + ":" + dayId)).first();
        if (state == null) {
            throw new IllegalStateException("Checkpoint " + stateAt + " has no state of day " + dayId);
        }
        return read(state.get("state", Document.class).toJson(), DAY);
    }

    /** Writes a checkpoint: the states of the days named since the one before, what it holds, then its entry. */
    void write(
            Checkpoint checkpoint,
            Map<String, RegionalProjection> named,
            Map<String, CheckpointedDay> held,
            Map<String, CatalogueEntry> catalogue,
            Themes themes) {
        named.forEach((dayId, state) ->
                upsert(days, checkpoint.sequence() + ":" + dayId, new Document("state", document(state))));
        upsert(
                figures,
                checkpoint.sequence(),
                new Document("days", documents(held.values()))
                        .append("catalogue", documents(catalogue.values()))
                        .append("themes", document(themes)));
        upsert(
                index,
                checkpoint.sequence(),
                new Document("previous", checkpoint.previous())
                        .append("latest", checkpoint.latest().toString())
                        .append("earliest", checkpoint.earliest().toString()));
    }

    /** A checkpoint's figures as stored: the last few read are kept, as a checkpoint never changes once written. */
    private Document part(Checkpoint checkpoint) {
        synchronized (recentParts) {
            Document part = recentParts.get(checkpoint.sequence());
            if (part == null) {
                part = figures.find(eq(checkpoint.sequence())).first();
                recentParts.put(checkpoint.sequence(), part);
            }
            return part;
        }
    }

    private static void upsert(MongoCollection<Document> collection, Object id, Document content) {
        collection.replaceOne(eq(id), content.append("_id", id), new ReplaceOptions().upsert(true));
    }

    private List<Document> documents(Collection<?> values) {
        return values.stream().map(this::document).toList();
    }

    private Document document(Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable checkpoint part", e);
        }
    }

    /** What a checkpoint holds; the caller's own, to fold on from. */
    record Held(Map<String, CheckpointedDay> days, Map<String, CatalogueEntry> catalogue, Themes themes) {}

    private <T> T read(List<Document> documents, TypeReference<T> type) {
        return read(documents.stream().map(Document::toJson).collect(Collectors.joining(",", "[", "]")), type);
    }

    private <T> T read(String document, TypeReference<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable checkpoint part", e);
        }
    }
}
