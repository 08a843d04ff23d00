package org.mediation.registration.integration.outbound;

/**
 * A mistaken check-in undone: {@code undoneCheckIn} is the number of the check-in it undoes ({@link
 * ParticipantCheckedInV1#checkIn()}), so a consumer that folds in any order counts the participant present while the
 * highest check-in it saw is above the highest undone.
 */
record CheckInUndoneV1(String regionalDayId, String registrationId, String category, int undoneCheckIn) {
    static final String TYPE = "registration.CheckInUndone.v1";
}
