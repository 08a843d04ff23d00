package org.mediation.registration.regionalday.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a participant's personal data is erased; the key that sealed it is deleted outside the aggregate. */
public record ErasePersonalData(@TargetAggregateIdentifier String dayId, String registrationId) {}
