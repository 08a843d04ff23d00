package org.mediation.registration.integration.outbound;

record ParticipantWaitlistedV1(String regionalDayId, String registrationId, int position) {
    static final String TYPE = "registration.ParticipantWaitlisted.v1";
}
