package org.mediation.registration.regionalday.api;

/** A registration that found the day full; {@code position} counts from 1 in order of arrival. */
public record ParticipantWaitlisted(String dayId, String registrationId, int position) {}
