package org.mediation.synthesis.replay;

import org.mediation.synthesis.regional.RegionalProjection;

/** Which regional days a replay rebuilds: one day, one region's days, or everything (both null). */
public record ReplayScope(String region, String regionalDayId) {

    public boolean everything() {
        return region == null && regionalDayId == null;
    }

    boolean covers(String dayId, RegionalProjection day) {
        return (regionalDayId == null || regionalDayId.equals(dayId))
                && (region == null || region.equals(day.region()));
    }
}
