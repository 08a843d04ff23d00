package org.mediation.synthesis.edition.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.command.EditionDraft;
import org.mediation.synthesis.store.VersionedStore;
import org.springframework.stereotype.Repository;

/**
 * The editions as the editor and readers see them: each edition's draft ({@code restitution_editions}) and every
 * published version, one document each ({@code restitution_versions}, id {@code <edition>:<number>}), written once.
 */
@Repository
public class Editions {

    private final VersionedStore<EditionDraft> drafts;
    private final MongoCollection<Document> versions;
    private final ObjectMapper json;

    Editions(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.drafts =
                new VersionedStore<>(synthesisDatabase.getCollection("restitution_editions"), json, EditionDraft.class);
        this.versions = synthesisDatabase.getCollection("restitution_versions");
        this.json = json;
    }

    void apply(EditionEvent event) {
        drafts.update(event.editionId(), EditionDraft::new, draft -> draft.apply(event));
    }

    void keep(PublishedVersion version) {
        versions.replaceOne(
                eq(key(version)), document(version).append("_id", key(version)), new ReplaceOptions().upsert(true));
    }

    public Optional<EditionDraft> draft(String editionId) {
        return drafts.find(editionId);
    }

    public Map<String, EditionDraft> drafts() {
        Map<String, EditionDraft> all = new TreeMap<>();
        drafts.all().forEach((id, draft) -> all.put(id, draft.state()));
        return all;
    }

    public Optional<PublishedVersion> version(String editionId, int number) {
        return Optional.ofNullable(versions.find(eq(key(editionId, number))).first())
                .map(this::version);
    }

    /** Every published version, by edition then number. */
    public Map<String, PublishedVersion> versions() {
        Map<String, PublishedVersion> all = new TreeMap<>();
        versions.find().sort(ascending("_id")).forEach(document -> {
            PublishedVersion version = version(document);
            all.put(key(version), version);
        });
        return all;
    }

    public List<PublishedVersion> versionsOf(String editionId) {
        List<PublishedVersion> of = new ArrayList<>();
        versions.find(eq("editionId", editionId)).forEach(document -> of.add(version(document)));
        of.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return of;
    }

    /** A replay's swap: the rebuilt drafts and versions replace the live ones. */
    public void replace(Map<String, EditionDraft> rebuiltDrafts, Map<String, PublishedVersion> rebuiltVersions) {
        drafts.replace(rebuiltDrafts);
        drafts().keySet().stream().filter(id -> !rebuiltDrafts.containsKey(id)).forEach(drafts::delete);
        versions.deleteMany(new Document());
        rebuiltVersions.values().forEach(this::keep);
    }

    static String key(PublishedVersion version) {
        return key(version.editionId(), version.number());
    }

    private static String key(String editionId, int number) {
        return editionId + ":" + String.format("%06d", number);
    }

    private Document document(PublishedVersion version) {
        try {
            return Document.parse(json.writeValueAsString(version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable version", e);
        }
    }

    private PublishedVersion version(Document document) {
        try {
            Document content = new Document(document);
            content.remove("_id");
            return json.readValue(content.toJson(), PublishedVersion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable version " + document.get("_id"), e);
        }
    }
}
