package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.mediation.platform.reference.FrenchRegionCodes;

/** What a stand needs of {@code registration.RegionalDayScheduled.v1}: our own copy of the fields we read. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegionalDayScheduledV1(String regionalDayId, String region, LocalDate date, String title) {

    static final String TYPE = "registration.RegionalDayScheduled.v1";

    RegionalDayScheduledV1 {
        if (regionalDayId == null || regionalDayId.isBlank() || region == null || date == null) {
            throw new IllegalArgumentException(TYPE + " without regionalDayId, region or date");
        }
        FrenchRegionCodes.require(region);
    }
}
