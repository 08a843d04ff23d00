package org.mediation.registration.integration.outbound;

record ParticipantCheckedInV1(String regionalDayId, String registrationId, String category) {
    static final String TYPE = "registration.ParticipantCheckedIn.v1";
}
