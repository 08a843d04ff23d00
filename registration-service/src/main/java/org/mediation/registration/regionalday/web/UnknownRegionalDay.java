package org.mediation.registration.regionalday.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownRegionalDay extends ResponseStatusException {

    UnknownRegionalDay(String dayId) {
        super(HttpStatus.NOT_FOUND, "No regional day " + dayId + ".");
    }
}
