package org.mediation.synthesis.restitution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mediation.synthesis.regional.Attendance.CategoryAttendance;

/**
 * The national restitution over a period: the regional days it covers, then per national theme its figures and the
 * published contributions (proposals and practices first), then the tags several regions share. {@code asOf} and
 * {@code position} say which history it was computed from: asking again with that {@code asOf} gives it back.
 */
public record Restitution(
        LocalDate from,
        LocalDate to,
        Instant asOf,
        long position,
        List<CoveredDay> regionalDays,
        List<Theme> themes,
        List<RecurringTag> recurringTags) {

    /** The same restitution stamped with another instant, at which the history it folded stands the same. */
    Restitution at(Instant instant) {
        return new Restitution(from, to, instant, position, regionalDays, themes, recurringTags);
    }

    /** The order contributions are restituted in: what to do first, then what was seen and discussed. */
    public static final List<String> KIND_ORDER = List.of("PROPOSAL", "PRACTICE", "FINDING", "PROBLEM", "DEBATE");

    public record CoveredDay(
            String regionalDayId,
            String region,
            String title,
            LocalDate date,
            String venue,
            int confirmed,
            int checkedIn,
            Map<String, CategoryAttendance> byCategory) {}

    public record Theme(
            String themeCode,
            String label,
            int workshops,
            List<String> regions,
            Map<String, Integer> contributions,
            List<Item> items) {}

    public record Item(
            String contributionId,
            String kind,
            String text,
            List<String> tags,
            String workshopId,
            String workshopTitle,
            String regionalDayId,
            String regionalDayTitle,
            LocalDate date,
            String region) {}

    /** A tag (compared without case) that contributions of at least two regions carry. */
    public record RecurringTag(String tag, List<String> regions, int contributions) {}
}
