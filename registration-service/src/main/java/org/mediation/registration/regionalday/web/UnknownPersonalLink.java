package org.mediation.registration.regionalday.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A personal link altered, past its day, or whose registration was erased: it opens nothing. */
class UnknownPersonalLink extends ResponseStatusException {

    UnknownPersonalLink() {
        super(HttpStatus.NOT_FOUND, "This personal link is not valid, or no longer: it ends with its regional day.");
    }
}
