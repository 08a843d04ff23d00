package org.mediation.registration.regionalday.api;

/** The earliest waitlisted registration took a seat that became free (a cancellation or more capacity). */
public record WaitlistedParticipantPromoted(String dayId, String registrationId, ParticipantCategory category) {}
