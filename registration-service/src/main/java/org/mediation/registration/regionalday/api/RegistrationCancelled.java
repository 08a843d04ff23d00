package org.mediation.registration.regionalday.api;

public record RegistrationCancelled(
        String dayId, String registrationId, RegistrationStatus previousStatus, ParticipantCategory category) {}
