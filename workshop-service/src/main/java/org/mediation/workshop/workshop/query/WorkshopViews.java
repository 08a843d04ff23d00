package org.mediation.workshop.workshop.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.mediation.platform.web.Paging;
import org.mediation.workshop.workshop.command.PlannedWorkshops;
import org.springframework.stereotype.Repository;

/**
 * The workshop views in MongoDB, one document per workshop: {@code _id}, the view as JSON and the sequence number of
 * the workshop's last event applied, and apart from them its {@code schedule} with the sequence number of the day's
 * programme event that set it, so a replayed or redelivered event changes nothing. Each side writes only its own
 * fields, so a workshop changed and scheduled at the same moment loses neither change.
 */
@Repository
public class WorkshopViews implements PlannedWorkshops {

    private static final String SCHEDULE = "schedule";
    private static final List<String> SCHEDULE_FIELDS = List.of("startsAt", "endsAt", "room");

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

    /**
     * The day's programme: every workshop of the day (at most 50, {@code WorkshopsPerDay}), only the fields the
     * programme shows, in {@link ProgrammeEntry#ORDER}.
     */
    public List<ProgrammeEntry> programmeOf(String regionalDayId) {
        return collection
                .find(eq("view.regionalDayId", regionalDayId))
                .projection(include("view.id", "view.title", "view.themeCode", SCHEDULE))
                .map(this::programmeEntry)
                .into(new ArrayList<>())
                .stream()
                .sorted(ProgrammeEntry.ORDER)
                .toList();
    }

    @Override
    public long plannedOn(String regionalDayId) {
        return collection.countDocuments(eq("view.regionalDayId", regionalDayId));
    }

    void save(WorkshopView view, long sequence) {
        collection.updateOne(
                eq(view.id()),
                combine(set("sequence", sequence), set("view", withoutSchedule(view))),
                new UpdateOptions().upsert(true));
    }

    /** Sets the workshop's schedule unless the programme event of that sequence number was applied already. */
    void schedule(
            String workshopId, long programmeSequence, LocalDateTime startsAt, LocalDateTime endsAt, String room) {
        Document schedule = new Document("startsAt", text(startsAt))
                .append("endsAt", text(endsAt))
                .append("room", room)
                .append("sequence", programmeSequence);
        collection.updateOne(
                and(eq(workshopId), or(exists(SCHEDULE, false), lt(SCHEDULE + ".sequence", programmeSequence))),
                set(SCHEDULE, schedule));
    }

    /** Applies the change unless the event of that sequence number was applied already. */
    void update(String workshopId, long sequence, UnaryOperator<WorkshopView> change) {
        Document current = collection.find(eq(workshopId)).first();
        if (current != null && current.get("sequence", Number.class).longValue() < sequence) {
            save(change.apply(stored(current)), sequence);
        }
    }

    private WorkshopView view(Document document) {
        Document schedule = document.get(SCHEDULE, new Document());
        return stored(document)
                .withSchedule(time(schedule, "startsAt"), time(schedule, "endsAt"), schedule.getString("room"));
    }

    private ProgrammeEntry programmeEntry(Document document) {
        Document schedule = document.get(SCHEDULE, new Document());
        Document view = document.get("view", Document.class);
        return new ProgrammeEntry(
                view.getString("id"),
                view.getString("title"),
                view.getString("themeCode"),
                time(schedule, "startsAt"),
                time(schedule, "endsAt"),
                schedule.getString("room"));
    }

    /** The view as stored, without its schedule. */
    private WorkshopView stored(Document document) {
        try {
            return json.readValue(document.get("view", Document.class).toJson(), WorkshopView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable workshop view " + document.get("_id"), e);
        }
    }

    /** The view as stored: its schedule is kept apart ({@link #schedule}). */
    private Document withoutSchedule(WorkshopView view) {
        Document stored = Document.parse(write(view));
        SCHEDULE_FIELDS.forEach(stored::remove);
        return stored;
    }

    private static String text(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    private static LocalDateTime time(Document schedule, String field) {
        String text = schedule.getString(field);
        return text == null ? null : LocalDateTime.parse(text);
    }

    private String write(WorkshopView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable workshop view " + view.id(), e);
        }
    }
}
