package org.mediation.resource.catalogue.web;

import java.util.Collection;
import org.mediation.resource.catalogue.query.KnownThemes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A resource is tagged with themes of the national catalogue as this service learnt it: an unknown code is a 400.
 * Before any theme has reached this service (a first start, the catalogue's events still on their way) the answer is
 * a 409 to retry shortly rather than a 400 the client would wrongly believe.
 */
@Component
class CatalogueThemes {

    static final String RETRY_AFTER_SECONDS = "2";

    private final KnownThemes themes;

    CatalogueThemes(KnownThemes themes) {
        this.themes = themes;
    }

    void require(Collection<String> codes) {
        if (!themes.any()) {
            throw new NotLearntYet();
        }
        codes.stream().filter(code -> !themes.knows(code)).findFirst().ifPresent(code -> {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "themeCode " + code + " is not a theme of the national catalogue (GET /api/themes on"
                            + " workshop-service).");
        });
    }

    private static final class NotLearntYet extends ResponseStatusException {

        private final HttpHeaders headers = new HttpHeaders();

        NotLearntYet() {
            super(
                    HttpStatus.CONFLICT,
                    "The national theme catalogue has not reached the resource centre yet: retry in a few seconds.");
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
