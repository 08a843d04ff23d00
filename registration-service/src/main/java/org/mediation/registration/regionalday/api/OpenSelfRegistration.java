package org.mediation.registration.regionalday.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Lets people register themselves on the day's public page until the end of {@code closesOn} (Europe/Paris), or until
 * the day itself when null; {@code today} is the date in Europe/Paris when the team asks.
 */
public record OpenSelfRegistration(
        @TargetAggregateIdentifier String dayId, LocalDate closesOn, LocalDate today) {}
