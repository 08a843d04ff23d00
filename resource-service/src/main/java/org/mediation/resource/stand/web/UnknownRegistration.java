package org.mediation.resource.stand.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request names a registration this service cannot vouch for at that regional day. Not (yet) known is a 409 the
 * client may retry: the registration may have been made a moment ago and its event not have arrived. Cancelled or
 * erased is a 422: no retry will change it.
 */
class UnknownRegistration extends ResponseStatusException {

    static final String RETRY_AFTER_SECONDS = "2";

    private final HttpHeaders headers = new HttpHeaders();

    private UnknownRegistration(HttpStatus status, String detail) {
        super(status, detail);
    }

    static UnknownRegistration notYet(String registrationId, String dayId) {
        UnknownRegistration refusal = new UnknownRegistration(
                HttpStatus.CONFLICT,
                "Registration " + registrationId + " is not known at regional day " + dayId
                        + ". A registration made a moment ago reaches the resource centre within seconds: retry"
                        + " shortly; if it still fails, check the registration id.");
        refusal.headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return refusal;
    }

    static UnknownRegistration noLonger(String registrationId) {
        return new UnknownRegistration(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "Registration " + registrationId + " was cancelled or its personal data erased: a request may no"
                        + " longer name it. Record the request without a registration id.");
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
