package org.mediation.registration.integration.outbound;

/**
 * {@code checkIn} numbers the participant's check-ins (1, then 2 after one was undone, …); added after the first
 * records were published: a record without it is check-in 1.
 */
record ParticipantCheckedInV1(String regionalDayId, String registrationId, String category, int checkIn) {
    static final String TYPE = "registration.ParticipantCheckedIn.v1";
}
