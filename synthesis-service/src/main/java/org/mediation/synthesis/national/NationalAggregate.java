package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.Map;
import org.mediation.synthesis.regional.Attendance;

/** Figures over all regional days of France, as the national office reads them. */
public record NationalAggregate(
        Instant asOf, int regionalDays, NationalAttendance attendance, Map<String, RegionFigures> regions) {

    public record NationalAttendance(
            int confirmed, int waitlisted, int checkedIn, Map<String, Attendance.CategoryAttendance> byCategory) {

        static NationalAttendance of(Attendance attendance) {
            return new NationalAttendance(
                    attendance.confirmed(), attendance.waitlisted(), attendance.checkedIn(), attendance.byCategory());
        }
    }

    public record RegionFigures(int regionalDays, int confirmed, int checkedIn) {

        RegionFigures plus(RegionFigures other) {
            return new RegionFigures(
                    regionalDays + other.regionalDays, confirmed + other.confirmed, checkedIn + other.checkedIn);
        }
    }
}
