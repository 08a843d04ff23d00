package org.mediation.synthesis.regional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The contributions of the regional projections, one document each ({@code regional_contributions}), keyed by
 * workshop and contribution id, with the day and workshop they belong to: a day's document holds only its workshops'
 * tallies, so that recording contributions, however many, grows no document. A withdrawn contribution's document is
 * a tombstone that keeps no text.
 */
final class DayContributions {

    private static final String DAY = "regionalDayId";
    private static final String WORKSHOP = "workshopId";
    private static final String CONTRIBUTION = "contribution";

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;

    DayContributions(MongoCollection<Document> documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
        documents.createIndex(Indexes.ascending(DAY));
        documents.createIndex(Indexes.ascending(WORKSHOP));
    }

    /** The contributions of those workshops, by workshop id. */
    Map<String, List<Contribution>> ofWorkshops(Collection<String> workshopIds) {
        return read(in(WORKSHOP, workshopIds));
    }

    /** The contributions of a day, by workshop id. */
    Map<String, List<Contribution>> ofDay(String dayId) {
        return read(eq(DAY, dayId));
    }

    /** Every contribution, by day id then workshop id. */
    Map<String, Map<String, List<Contribution>>> all() {
        Map<String, Map<String, List<Contribution>>> all = new TreeMap<>();
        documents
                .find()
                .forEach(document -> all.computeIfAbsent(document.getString(DAY), day -> new TreeMap<>())
                        .computeIfAbsent(document.getString(WORKSHOP), workshop -> new ArrayList<>())
                        .add(contribution(document)));
        return all;
    }

    /** Writes the contributions a day's workshops changed (one request for them all). */
    void write(RegionalProjection day) {
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        day.workshops()
                .forEach(workshop -> workshop.unsaved()
                        .forEach(c -> writes.add(new ReplaceOneModel<>(
                                eq(key(workshop, c)), document(day, workshop, c), new ReplaceOptions().upsert(true)))));
        if (!writes.isEmpty()) {
            documents.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Puts a rebuilt day's contributions in place of those stored (a replay's swap). */
    void replace(RegionalProjection day) {
        delete(day.regionalDayId());
        List<Document> rebuilt = new ArrayList<>();
        day.workshops().forEach(workshop -> workshop.held().forEach(c -> rebuilt.add(document(day, workshop, c))));
        if (!rebuilt.isEmpty()) {
            documents.insertMany(rebuilt);
        }
    }

    void delete(String dayId) {
        documents.deleteMany(eq(DAY, dayId));
    }

    private Map<String, List<Contribution>> read(Bson filter) {
        List<Document> found = documents.find(filter).into(new ArrayList<>());
        return found.stream()
                .collect(groupingBy(document -> document.getString(WORKSHOP), mapping(this::contribution, toList())));
    }

    private static String key(WorkshopState workshop, Contribution contribution) {
        return workshop.workshopId() + " " + contribution.id();
    }

    private Document document(RegionalProjection day, WorkshopState workshop, Contribution contribution) {
        try {
            return new Document("_id", key(workshop, contribution))
                    .append(DAY, day.regionalDayId())
                    .append(WORKSHOP, workshop.workshopId())
                    .append(CONTRIBUTION, Document.parse(json.writeValueAsString(contribution)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable contribution " + contribution.id(), e);
        }
    }

    private Contribution contribution(Document document) {
        try {
            return json.readValue(document.get(CONTRIBUTION, Document.class).toJson(), Contribution.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable contribution " + document.get("_id"), e);
        }
    }
}
