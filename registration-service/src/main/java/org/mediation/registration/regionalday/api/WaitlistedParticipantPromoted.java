package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/** The earliest waitlisted registration took a seat that became free (a cancellation or more capacity). */
@Revision("1")
public record WaitlistedParticipantPromoted(String dayId, String registrationId, ParticipantCategory category) {}
