package org.mediation.registration.integration.outbound;

record ParticipantRegisteredV1(
        String regionalDayId, String registrationId, String status, String category, String organisation) {
    static final String TYPE = "registration.ParticipantRegistered.v1";
}
