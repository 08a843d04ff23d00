package org.mediation.workshop.workshop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A regional day this service has not learnt of (yet): 404. */
public class UnknownRegionalDay extends ResponseStatusException {

    public UnknownRegionalDay(String regionalDayId) {
        super(HttpStatus.NOT_FOUND, "No regional day " + regionalDayId + " is known here yet.");
    }
}
