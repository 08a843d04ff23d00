package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/** A participant took a seat or a place on the waitlist ({@code status}); names and email only in sealed form. */
@Revision("1")
public record ParticipantRegistered(
        String dayId,
        String registrationId,
        RegistrationStatus status,
        SealedPersonalData personalData,
        EmailFingerprint emailFingerprint,
        ParticipantCategory category,
        String organisation) {}
