package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/** A registration that found the day full; {@code position} counts from 1 in order of arrival. */
@Revision("1")
public record ParticipantWaitlisted(String dayId, String registrationId, int position) {}
