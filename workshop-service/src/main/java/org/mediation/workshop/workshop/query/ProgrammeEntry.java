package org.mediation.workshop.workshop.query;

import java.time.LocalDateTime;
import java.util.Comparator;

/** A workshop as the day's programme shows it: its title, theme and schedule (times and room, possibly missing). */
public record ProgrammeEntry(
        String id, String title, String themeCode, LocalDateTime startsAt, LocalDateTime endsAt, String room) {

    /** By start time, then title (then id, so the order is total); workshops without times last. */
    public static final Comparator<ProgrammeEntry> ORDER = Comparator.comparing(
                    ProgrammeEntry::startsAt, Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparing(ProgrammeEntry::title)
            .thenComparing(ProgrammeEntry::id);

    public boolean hasTimes() {
        return startsAt != null;
    }
}
