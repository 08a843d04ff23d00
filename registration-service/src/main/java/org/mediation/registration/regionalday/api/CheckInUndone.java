package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/** The welcome desk undid a mistaken check-in: {@code undoneCheckIn} is the number of the check-in undone. */
@Revision("1")
public record CheckInUndone(String dayId, String registrationId, ParticipantCategory category, int undoneCheckIn) {}
