package org.mediation.registration.programme;

import java.time.LocalDateTime;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One workshop of a day's programme as workshop-service published it: title, local times of the day (Europe/Paris)
 * and room, each null until known.
 */
public record ProgrammeEntry(
        @BsonId String workshopId,
        String regionalDayId,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String room) {

    public boolean hasTimes() {
        return startsAt != null && endsAt != null;
    }
}
