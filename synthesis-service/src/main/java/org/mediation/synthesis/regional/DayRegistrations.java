package org.mediation.synthesis.regional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
 * The registrations of the regional projections ({@code regional_registrations}), one document per day and group of
 * registrations ({@link RegionalProjection#group}: 16 groups of random ids), keyed {@code <dayId> <group>}: a
 * day's document holds only each group's attendance, so that registrations grow no document but their group's, a
 * 16th of the day's (some 2.5 million registrations a day before a group reaches MongoDB's 16 MB).
 */
final class DayRegistrations {

    private static final String DAY = "regionalDayId";
    private static final String REGISTRATIONS = "registrations";
    private static final TypeReference<Map<String, Attendee>> GROUP = new TypeReference<>() {};

    private final MongoCollection<Document> documents;
    private final ObjectMapper json;

    DayRegistrations(MongoCollection<Document> documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
        documents.createIndex(Indexes.ascending(DAY));
    }

    /** The registrations of those groups of a day, group by group (read on {@code _id}). */
    List<Map<String, Attendee>> ofGroups(String dayId, Collection<String> groups) {
        return read(in("_id", groups.stream().map(group -> key(dayId, group)).toList()));
    }

    /** The registrations of a day, group by group. */
    List<Map<String, Attendee>> ofDay(String dayId) {
        return read(eq(DAY, dayId));
    }

    /** Every registration, by day id, group by group. */
    Map<String, List<Map<String, Attendee>>> all() {
        Map<String, List<Map<String, Attendee>>> all = new TreeMap<>();
        documents
                .find()
                .forEach(document -> all.computeIfAbsent(document.getString(DAY), day -> new ArrayList<>())
                        .add(group(document)));
        return all;
    }

    /** Writes the groups a day changed (one request for them all). */
    void write(RegionalProjection day) {
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        day.unsavedGroups()
                .forEach(group -> writes.add(new ReplaceOneModel<>(
                        eq(key(day.regionalDayId(), group)), document(day, group), new ReplaceOptions().upsert(true))));
        if (!writes.isEmpty()) {
            documents.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Puts a rebuilt day's registrations in place of those stored (a replay's swap). */
    void replace(RegionalProjection day) {
        delete(day.regionalDayId());
        List<Document> rebuilt =
                day.groups().stream().map(group -> document(day, group)).toList();
        if (!rebuilt.isEmpty()) {
            documents.insertMany(rebuilt);
        }
    }

    void delete(String dayId) {
        documents.deleteMany(eq(DAY, dayId));
    }

    private List<Map<String, Attendee>> read(Bson filter) {
        List<Map<String, Attendee>> groups = new ArrayList<>();
        documents.find(filter).forEach(document -> groups.add(group(document)));
        return groups;
    }

    private static String key(String dayId, String group) {
        return dayId + " " + group;
    }

    private Document document(RegionalProjection day, String group) {
        try {
            return new Document("_id", key(day.regionalDayId(), group))
                    .append(DAY, day.regionalDayId())
                    .append(REGISTRATIONS, Document.parse(json.writeValueAsString(day.ofGroup(group))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable registrations of regional day " + day.regionalDayId(), e);
        }
    }

    private Map<String, Attendee> group(Document document) {
        try {
            return json.readValue(document.get(REGISTRATIONS, Document.class).toJson(), GROUP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable registrations " + document.get("_id"), e);
        }
    }
}
