package org.mediation.registration.integration.outbound;

record WaitlistedParticipantPromotedV1(String regionalDayId, String registrationId, String category) {
    static final String TYPE = "registration.WaitlistedParticipantPromoted.v1";
}
