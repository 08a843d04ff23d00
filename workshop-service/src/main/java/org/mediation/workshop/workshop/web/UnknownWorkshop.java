package org.mediation.workshop.workshop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownWorkshop extends ResponseStatusException {

    UnknownWorkshop(String workshopId) {
        super(HttpStatus.NOT_FOUND, "No workshop " + workshopId + ".");
    }
}
