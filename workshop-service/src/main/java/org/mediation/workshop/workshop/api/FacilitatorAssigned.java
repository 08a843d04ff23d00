package org.mediation.workshop.workshop.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.serialization.Revision;

/** Revision 2 adds {@code personId}; events of revision 1, stored without it, read with {@code personId} null. */
@Revision("2")
public record FacilitatorAssigned(
        String workshopId,
        String regionalDayId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String personId,
        Person facilitator) {

    /** The facilitator's id, derived for events stored before people had ids. */
    public String facilitatorId() {
        return personId != null ? personId : facilitator.legacyIdIn(workshopId);
    }
}
