package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mediation.synthesis.regional.Attendance.CategoryAttendance;

/** Figures and content over all regional days of France, as the national office reads them. */
public record NationalAggregate(
        Instant asOf,
        int regionalDays,
        NationalAttendance attendance,
        Map<String, RegionFigures> regions,
        Map<String, ThemeFigures> themes,
        ResourceFigures resources) {

    public record NationalAttendance(
            int confirmed, int waitlisted, int checkedIn, Map<String, CategoryAttendance> byCategory) {}

    public record RegionFigures(int regionalDays, int confirmed, int checkedIn, int workshops, int contributions) {}

    public record ThemeFigures(int workshops, List<String> regions, Map<String, Integer> contributions) {}

    public record ResourceFigures(int catalogued, int sharedNationally, int offeredAtStands, int requests) {}

    /** The same figures stamped with another instant. */
    public NationalAggregate at(Instant instant) {
        return new NationalAggregate(instant, regionalDays, attendance, regions, themes, resources);
    }
}
