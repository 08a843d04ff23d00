package org.mediation.registration.regionalday.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person registers on the day's public page; {@code today} is the date in Europe/Paris when they send the form. The
 * handler answers whether {@code registrationId} was registered: an email already registered is not, and its
 * registration is told instead ({@link SelfRegistrationRepeated}).
 */
public record RegisterThemselves(
        @TargetAggregateIdentifier String dayId,
        String registrationId,
        SealedPersonalData personalData,
        EmailFingerprint emailFingerprint,
        ParticipantCategory category,
        LocalDate today) {}
