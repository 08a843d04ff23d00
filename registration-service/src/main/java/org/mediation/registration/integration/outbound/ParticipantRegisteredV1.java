package org.mediation.registration.integration.outbound;

/**
 * Deprecated, no longer published (replaced by {@link ParticipantRegisteredV2}, which leaves the organisation out:
 * personal free text on a topic kept forever). Records of this shape stay on the topic, so consumers keep reading it;
 * described here for the AsyncAPI document only.
 */
record ParticipantRegisteredV1(
        String regionalDayId, String registrationId, String status, String category, String organisation) {
    static final String TYPE = "registration.ParticipantRegistered.v1";
}
