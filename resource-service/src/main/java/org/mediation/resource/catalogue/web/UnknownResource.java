package org.mediation.resource.catalogue.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such resource, or one of another region that is not shared: the caller cannot tell the difference. */
public class UnknownResource extends ResponseStatusException {

    public UnknownResource(String resourceId) {
        super(HttpStatus.NOT_FOUND, "No resource " + resourceId + ".");
    }
}
