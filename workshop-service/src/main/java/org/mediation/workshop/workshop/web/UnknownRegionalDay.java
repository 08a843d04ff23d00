package org.mediation.workshop.workshop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownRegionalDay extends ResponseStatusException {

    UnknownRegionalDay(String regionalDayId) {
        super(HttpStatus.NOT_FOUND, "No regional day " + regionalDayId + " is known here yet.");
    }
}
