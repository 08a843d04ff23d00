package org.mediation.synthesis.replay;

import jakarta.validation.constraints.Size;
import org.mediation.synthesis.regional.RegionalProjection;

/** Which regional days a replay rebuilds: one day, one region's days, or everything (both null). */
public record ReplayScope(
        @Size(max = 10) String region, @Size(max = 64) String regionalDayId) {

    public boolean everything() {
        return region == null && regionalDayId == null;
    }

    boolean covers(String dayId, RegionalProjection day) {
        return (regionalDayId == null || regionalDayId.equals(dayId))
                && (region == null || region.equals(day.region()));
    }
}
