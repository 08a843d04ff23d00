package org.mediation.workshop.programme.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * When and where a workshop takes place: its times, local date-times of the day (Europe/Paris), given together with
 * the end after the start, and its room, 1 to 100 characters, trimmed. Each may be missing.
 */
record Schedule(LocalDateTime startsAt, LocalDateTime endsAt, String room) {

    static final int MAX_ROOM_LENGTH = 100;
    static final Schedule NONE = new Schedule(null, null, null);

    Schedule {
        if ((startsAt == null) != (endsAt == null)) {
            throw new IllegalArgumentException("startsAt and endsAt come together");
        }
        if (startsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
        room = room == null || room.isBlank() ? null : room.strip();
        if (room != null && room.length() > MAX_ROOM_LENGTH) {
            throw new IllegalArgumentException("room must have at most " + MAX_ROOM_LENGTH + " characters");
        }
    }

    boolean isTimed() {
        return startsAt != null;
    }

    /** Rule: a workshop takes place within its regional day, starting and ending on the day's date. */
    void requireOn(LocalDate day) {
        if (isTimed()
                && !(startsAt.toLocalDate().equals(day) && endsAt.toLocalDate().equals(day))) {
            throw new IllegalArgumentException("startsAt and endsAt must fall within the regional day, " + day);
        }
    }

    /**
     * The two hold the same room (whatever the case and spacing) at overlapping times. Times are half-open: a
     * workshop ending at 11:00 leaves the room to one starting at 11:00.
     */
    boolean clashesWith(Schedule other) {
        return isTimed()
                && other.isTimed()
                && room != null
                && other.room != null
                && roomKey().equals(other.roomKey())
                && startsAt.isBefore(other.endsAt)
                && other.startsAt.isBefore(endsAt);
    }

    private String roomKey() {
        return room.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
