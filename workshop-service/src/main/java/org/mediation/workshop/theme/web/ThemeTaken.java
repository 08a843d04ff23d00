package org.mediation.workshop.theme.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ThemeTaken extends ResponseStatusException {

    ThemeTaken(String code) {
        super(HttpStatus.CONFLICT, "The catalogue has a theme " + code + " already (retired ones included).");
    }
}
