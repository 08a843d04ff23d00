package org.mediation.synthesis.regional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attendance counts of one day (or many, with {@link #plus}), by status and by participant category. */
public record Attendance(
        int confirmed, int waitlisted, int cancelled, int checkedIn, Map<String, CategoryAttendance> byCategory) {

    public static final String[] CATEGORIES = {"MEDIATOR", "PROFESSIONAL", "ELECTED_OFFICIAL", "LOCAL_ACTOR"};

    public record CategoryAttendance(int confirmed, int checkedIn) {

        CategoryAttendance plus(CategoryAttendance other) {
            return new CategoryAttendance(confirmed + other.confirmed, checkedIn + other.checkedIn);
        }
    }

    public static Attendance none() {
        Map<String, CategoryAttendance> byCategory = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            byCategory.put(category, new CategoryAttendance(0, 0));
        }
        return new Attendance(0, 0, 0, 0, byCategory);
    }

    static Attendance of(Collection<Attendee> attendees) {
        Attendance total = none();
        for (Attendee attendee : attendees) {
            total = total.plus(of(attendee));
        }
        return total;
    }

    private static Attendance of(Attendee attendee) {
        boolean confirmed = attendee.status().equals(Attendee.CONFIRMED);
        int checkedIn = confirmed && attendee.checkedIn() ? 1 : 0;
        Map<String, CategoryAttendance> byCategory =
                Map.of(attendee.category(), new CategoryAttendance(confirmed ? 1 : 0, checkedIn));
        return new Attendance(
                confirmed ? 1 : 0,
                attendee.status().equals(Attendee.WAITLISTED) ? 1 : 0,
                attendee.status().equals(Attendee.CANCELLED) ? 1 : 0,
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
