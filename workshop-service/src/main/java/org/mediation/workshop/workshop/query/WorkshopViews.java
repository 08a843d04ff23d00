package org.mediation.workshop.workshop.query;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.mediation.platform.web.Paging;
import org.mediation.workshop.workshop.command.PlannedWorkshops;
import org.springframework.stereotype.Repository;

/**
 * The workshop views in MongoDB, one document per workshop: {@code _id}, the view as JSON, and the sequence number of
 * the last event applied, so a replayed or redelivered event changes nothing.
 */
@Repository
public class WorkshopViews implements PlannedWorkshops {

    private final MongoCollection<Document> collection;
    private final ObjectMapper json;

    WorkshopViews(MongoDatabase workshopDatabase, ObjectMapper json) {
        this.collection = workshopDatabase.getCollection("workshops");
        this.json = json;
    }

    public Optional<WorkshopView> find(String workshopId) {
        return Optional.ofNullable(collection.find(eq(workshopId)).first()).map(this::view);
    }

    /** One page of the workshops of a day, by title (then id, so that pages never overlap). */
    public List<WorkshopView> onDay(String regionalDayId, Paging paging) {
        return collection
                .find(eq("view.regionalDayId", regionalDayId))
                .sort(Sorts.ascending("view.title", "_id"))
                .skip(paging.skip())
                .limit(paging.size())
                .map(this::view)
                .into(new ArrayList<>());
    }

    @Override
    public long plannedOn(String regionalDayId) {
        return collection.countDocuments(eq("view.regionalDayId", regionalDayId));
    }

    void save(WorkshopView view, long sequence) {
        Document document =
                new Document("_id", view.id()).append("sequence", sequence).append("view", Document.parse(write(view)));
        collection.replaceOne(eq(view.id()), document, new ReplaceOptions().upsert(true));
    }

    /** Applies the change unless the event of that sequence number was applied already. */
    void update(String workshopId, long sequence, UnaryOperator<WorkshopView> change) {
        Document current = collection.find(eq(workshopId)).first();
        if (current != null && current.get("sequence", Number.class).longValue() < sequence) {
            save(change.apply(view(current)), sequence);
        }
    }

    private WorkshopView view(Document document) {
        try {
            return json.readValue(document.get("view", Document.class).toJson(), WorkshopView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable workshop view " + document.get("_id"), e);
        }
    }

    private String write(WorkshopView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable workshop view " + view.id(), e);
        }
    }
}
