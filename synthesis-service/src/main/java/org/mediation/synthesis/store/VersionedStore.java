package org.mediation.synthesis.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Projections.include;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * Projection documents in MongoDB, one per id, looked up on {@code _id} only, each the JSON of a pure projection
 * object plus a version and, when the store has one, a small summary of the state written in the same document (what
 * a reader of every document needs, without the whole state). Updates are optimistic, so concurrent consumers of
 * different topics, in one instance or several, never lose each other's changes.
 */
public class VersionedStore<T> {

    private static final String VERSION = "_version";
    private static final String SUMMARY = "_summary";

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;
    private final Class<T> type;
    private final Function<T, ?> summary;
    private final UnaryOperator<Document> stored;

    public VersionedStore(MongoCollection<Document> documents, ObjectMapper json, Class<T> type) {
        this(documents, json, type, state -> null, UnaryOperator.identity());
    }

    /**
     * A store whose documents carry a summary of each state and hold what {@code stored} leaves of the state's JSON:
     * the parts a state keeps in documents of their own (so that no document grows without bound) are left out there,
     * and put back by whoever reads the state.
     */
    public VersionedStore(
            MongoCollection<Document> documents,
            ObjectMapper json,
            Class<T> type,
            Function<T, ?> summary,
            UnaryOperator<Document> stored) {
        this.documents = documents;
        this.json = json;
        this.type = type;
        this.summary = summary;
        this.stored = stored;
    }

    /** Applies a change to the document of that id (created fresh when absent) and returns what was stored. */
    public Versioned<T> update(String id, Supplier<T> fresh, Consumer<T> change) {
        while (true) {
            Document current = documents.find(eq(id)).first();
            long version = current == null ? 0 : current.getLong(VERSION);
            T state = current == null ? fresh.get() : read(current);
            change.accept(state);
            if (tryWrite(id, version, state)) {
                return new Versioned<>(version + 1, state);
            }
        }
    }

    private boolean tryWrite(String id, long version, T state) {
        try {
            // Upsert: a version that moved on makes it insert a second document with the same _id, which is refused.
            documents.replaceOne(
                    and(eq(id), eq(VERSION, version)),
                    write(id, version + 1, state),
                    new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Puts whole states in place (a replay's swap): each replaces the current document, its version moves on. */
    public void replace(Map<String, T> states) {
        states.forEach((id, state) -> {
            Document current = documents.find(eq(id)).first();
            long version = current == null ? 0 : current.getLong(VERSION);
            documents.replaceOne(eq(id), write(id, version + 1, state), new ReplaceOptions().upsert(true));
        });
    }

    public void delete(String id) {
        documents.deleteOne(eq(id));
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(documents.find(eq(id)).first()).map(this::read);
    }

    public Map<String, Versioned<T>> all() {
        Map<String, Versioned<T>> all = new LinkedHashMap<>();
        documents
                .find()
                .forEach(document ->
                        all.put(document.getString("_id"), new Versioned<>(document.getLong(VERSION), read(document))));
        return all;
    }

    /** The summary of every stored state that has one (a day not known yet has none), without the states. */
    public <S> Map<String, S> summaries(Class<S> summaryType) {
        Map<String, S> all = new LinkedHashMap<>();
        documents.find(ne(SUMMARY, null)).projection(include(SUMMARY)).forEach(document -> {
            try {
                all.put(
                        document.getString("_id"),
                        json.readValue(document.get(SUMMARY, Document.class).toJson(), summaryType));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable summary of " + document.get("_id"), e);
            }
        });
        return all;
    }

    /** Has the documents stored before the store had a summary (an upgrade) written again, each once. */
    public void summarizeWhereMissing(Consumer<String> rewrite) {
        documents.find(exists(SUMMARY, false)).projection(include("_id")).forEach(document -> {
            rewrite.accept(document.getString("_id"));
        });
    }

    private T read(Document document) {
        Document state = new Document(document);
        state.remove("_id");
        state.remove(VERSION);
        state.remove(SUMMARY);
        try {
            return json.readValue(state.toJson(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + type.getSimpleName(), e);
        }
    }

    private Document write(String id, long version, T state) {
        try {
            Document document = stored.apply(Document.parse(json.writeValueAsString(state)))
                    .append("_id", id)
                    .append(VERSION, version);
            Object summarized = summary.apply(state);
            return document.append(
                    SUMMARY, summarized == null ? null : Document.parse(json.writeValueAsString(summarized)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable " + type.getSimpleName(), e);
        }
    }
}
