package org.mediation.workshop.programme.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** The schedules of one regional day's workshops, by workshop id: which room each holds, and when. */
final class Timetable {

    private final Map<String, Schedule> schedules = new LinkedHashMap<>();

    Schedule of(String workshopId) {
        return schedules.getOrDefault(workshopId, Schedule.NONE);
    }

    /**
     * Rule: two workshops of the day never hold the same room at overlapping times. The workshop's own current slot
     * does not count: rescheduling frees it.
     */
    void requireRoomFree(String workshopId, Schedule wanted) {
        schedules.entrySet().stream()
                .filter(held -> !held.getKey().equals(workshopId))
                .filter(held -> held.getValue().clashesWith(wanted))
                .findFirst()
                .ifPresent(held -> {
                    throw new RoomTaken(held.getKey(), held.getValue());
                });
    }

    void scheduled(String workshopId, Schedule schedule) {
        schedules.put(workshopId, schedule);
    }
}
