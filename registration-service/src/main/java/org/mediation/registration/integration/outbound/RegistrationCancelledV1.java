package org.mediation.registration.integration.outbound;

record RegistrationCancelledV1(String regionalDayId, String registrationId, String previousStatus, String category) {
    static final String TYPE = "registration.RegistrationCancelled.v1";
}
