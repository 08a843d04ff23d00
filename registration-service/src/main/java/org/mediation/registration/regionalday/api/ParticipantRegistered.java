package org.mediation.registration.regionalday.api;

public record ParticipantRegistered(
        String dayId,
        String registrationId,
        RegistrationStatus status,
        PersonalData personalData,
        ParticipantCategory category,
        String organisation) {}
