package org.mediation.registration.regionalday.api;

public record ParticipantCheckedIn(String dayId, String registrationId, ParticipantCategory category) {}
