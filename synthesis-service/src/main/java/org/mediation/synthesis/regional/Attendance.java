package org.mediation.synthesis.regional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attendance counts of one day (or many, with {@link #plus}), by status and by participant category. */
public record Attendance(
        int confirmed, int waitlisted, int cancelled, int checkedIn, Map<String, CategoryAttendance> byCategory) {

    public static final List<String> CATEGORIES =
            List.of("MEDIATOR", "PROFESSIONAL", "ELECTED_OFFICIAL", "LOCAL_ACTOR");

    public record CategoryAttendance(int confirmed, int checkedIn) {

        CategoryAttendance plus(CategoryAttendance other) {
            return new CategoryAttendance(confirmed + other.confirmed, checkedIn + other.checkedIn);
        }
    }

    public static Attendance none() {
        Map<String, CategoryAttendance> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(category -> byCategory.put(category, new CategoryAttendance(0, 0)));
        return new Attendance(0, 0, 0, 0, byCategory);
    }

    static Attendance of(Collection<Attendee> attendees) {
        Attendance total = none();
        for (Attendee attendee : attendees) {
            total = total.plus(of(attendee));
        }
        return total;
    }

    /** What a registration's change from {@code before} (null when new) to {@code after} adds to the counts. */
    static Attendance change(Attendee before, Attendee after) {
        return before == null ? of(after) : of(after).plus(of(before).negated());
    }

    private Attendance negated() {
        Map<String, CategoryAttendance> negated = new LinkedHashMap<>();
        byCategory.forEach((category, counts) ->
                negated.put(category, new CategoryAttendance(-counts.confirmed, -counts.checkedIn)));
        return new Attendance(-confirmed, -waitlisted, -cancelled, -checkedIn, negated);
    }

    /** Checked in counts confirmed participants only; a category never seen is left out of the breakdown. */
    private static Attendance of(Attendee attendee) {
        int confirmed = attendee.is(Attendee.CONFIRMED) ? 1 : 0;
        int checkedIn = confirmed == 1 && attendee.checkedIn() ? 1 : 0;
        Map<String, CategoryAttendance> byCategory = attendee.category() == null
                ? Map.of()
                : Map.of(attendee.category(), new CategoryAttendance(confirmed, checkedIn));
        return new Attendance(
                confirmed,
                attendee.is(Attendee.WAITLISTED) ? 1 : 0,
                attendee.is(Attendee.CANCELLED) ? 1 : 0,
                checkedIn,
                byCategory);
    }

    public Attendance plus(Attendance other) {
        Map<String, CategoryAttendance> sum = new LinkedHashMap<>(byCategory);
        other.byCategory.forEach((category, counts) -> sum.merge(category, counts, CategoryAttendance::plus));
        return new Attendance(
                confirmed + other.confirmed,
                waitlisted + other.waitlisted,
                cancelled + other.cancelled,
                checkedIn + other.checkedIn,
                sum);
    }
}
