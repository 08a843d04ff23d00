package org.mediation.registration.programme;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of the days' programmes, learnt from {@code workshop-events}: what the public page, the personal
 * page, the reminder and the participant's calendar show. Writes are upserts of the fields an event carries, so an
 * event applied twice, or a schedule read before its workshop, leaves the same entry.
 */
@Repository
public class DayProgrammes {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<ProgrammeEntry> entries;

    DayProgrammes(MongoDatabase registrationDatabase) {
        this.entries = registrationDatabase.getCollection("programme_entries", ProgrammeEntry.class);
    }

    public void planned(String workshopId, String regionalDayId, String title) {
        entries.updateOne(eq(workshopId), combine(set("regionalDayId", regionalDayId), set("title", title)), UPSERT);
    }

    public void scheduled(
            String workshopId, String regionalDayId, LocalDateTime startsAt, LocalDateTime endsAt, String room) {
        entries.updateOne(
                eq(workshopId),
                combine(
                        set("regionalDayId", regionalDayId),
                        set("startsAt", startsAt),
                        set("endsAt", endsAt),
                        set("room", room)),
                UPSERT);
    }

    /** The day's workshops, those with times first in their order, then the others by title. */
    public List<ProgrammeEntry> of(String regionalDayId) {
        return entries
                .find(eq("regionalDayId", regionalDayId))
                .sort(Sorts.ascending("startsAt", "title"))
                .into(new ArrayList<>())
                .stream()
                .sorted((a, b) -> Boolean.compare(b.hasTimes(), a.hasTimes()))
                .toList();
    }
}
