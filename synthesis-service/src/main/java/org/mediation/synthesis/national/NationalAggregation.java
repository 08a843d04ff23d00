package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.mediation.synthesis.national.NationalAggregate.NationalAttendance;
import org.mediation.synthesis.national.NationalAggregate.RegionFigures;
import org.mediation.synthesis.regional.Attendance;
import org.mediation.synthesis.regional.RegionalProjection;

/** Builds the national aggregate from regional projections (never from raw events). */
public final class NationalAggregation {

    private NationalAggregation() {}

    public static NationalAggregate of(Collection<RegionalProjection> projections, Instant asOf) {
        Attendance attendance = Attendance.none();
        Map<String, RegionFigures> regions = new TreeMap<>();
        int regionalDays = 0;
        for (RegionalProjection day : projections) {
            if (!day.known()) {
                continue;
            }
            Attendance dayAttendance = day.attendance();
            attendance = attendance.plus(dayAttendance);
            regionalDays++;
            regions.merge(
                    day.region(),
                    new RegionFigures(1, dayAttendance.confirmed(), dayAttendance.checkedIn()),
                    RegionFigures::plus);
        }
        return new NationalAggregate(asOf, regionalDays, NationalAttendance.of(attendance), regions);
    }
}
