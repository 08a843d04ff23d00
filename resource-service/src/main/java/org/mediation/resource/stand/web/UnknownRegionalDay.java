package org.mediation.resource.stand.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A regional day this service has not learnt from {@code registration-events}: a conflict when a stand is written
 * to (the day may not have arrived yet), not found when read.
 */
class UnknownRegionalDay extends ResponseStatusException {

    private UnknownRegionalDay(HttpStatus status, String dayId) {
        super(status, "No regional day " + dayId + " is known to the resource centre.");
    }

    static UnknownRegionalDay onWrite(String dayId) {
        return new UnknownRegionalDay(HttpStatus.CONFLICT, dayId);
    }

    static UnknownRegionalDay onRead(String dayId) {
        return new UnknownRegionalDay(HttpStatus.NOT_FOUND, dayId);
    }
}
