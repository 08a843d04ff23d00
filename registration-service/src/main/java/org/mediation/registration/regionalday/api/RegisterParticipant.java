package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers one participant whose personal data (names, email, organisation) was sealed beforehand; the handler
 * answers the {@link RegistrationStatus} the day gave.
 */
public record RegisterParticipant(
        @TargetAggregateIdentifier String dayId,
        String registrationId,
        SealedPersonalData personalData,
        EmailFingerprint emailFingerprint,
        ParticipantCategory category) {}
