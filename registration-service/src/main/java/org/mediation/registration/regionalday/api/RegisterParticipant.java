package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers one participant; the handler answers the {@link RegistrationStatus} the day gave. */
public record RegisterParticipant(
        @TargetAggregateIdentifier String dayId,
        String registrationId,
        PersonalData personalData,
        ParticipantCategory category,
        String organisation) {}
