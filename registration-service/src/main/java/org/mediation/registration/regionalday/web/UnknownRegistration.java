package org.mediation.registration.regionalday.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class UnknownRegistration extends ResponseStatusException {

    UnknownRegistration(String registrationId) {
        super(HttpStatus.NOT_FOUND, "No registration " + registrationId + " at this regional day.");
    }
}
