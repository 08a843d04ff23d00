package org.mediation.registration.regionalday.api;

/** A participant took a seat or a place on the waitlist ({@code status}); names and email only in sealed form. */
public record ParticipantRegistered(
        String dayId,
        String registrationId,
        RegistrationStatus status,
        SealedPersonalData personalData,
        EmailFingerprint emailFingerprint,
        ParticipantCategory category,
        String organisation) {}
