package org.mediation.registration.integration.outbound;

/** Published since issue 28 instead of {@link ParticipantRegisteredV1}: the same data without the organisation. */
record ParticipantRegisteredV2(String regionalDayId, String registrationId, String status, String category) {
    static final String TYPE = "registration.ParticipantRegistered.v2";
}
