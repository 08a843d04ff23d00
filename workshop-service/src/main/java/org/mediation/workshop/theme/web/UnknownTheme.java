package org.mediation.workshop.theme.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownTheme extends ResponseStatusException {

    UnknownTheme(String code) {
        super(HttpStatus.NOT_FOUND, "No theme " + code + " in the catalogue.");
    }
}
