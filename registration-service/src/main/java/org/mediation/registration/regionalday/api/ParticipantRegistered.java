package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/**
 * A participant took a seat or a place on the waitlist ({@code status}); names, email and organisation only in sealed
 * form. {@code organisation} is the organisation in clear of the events recorded before it was sealed (read as they
 * are stored, never published again); null, and absent from the stored JSON, since.
 */
@Revision("1")
public record ParticipantRegistered(
        String dayId,
        String registrationId,
        RegistrationStatus status,
        SealedPersonalData personalData,
        EmailFingerprint emailFingerprint,
        ParticipantCategory category,
        String organisation) {}
