package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/** Internal only: the participant's key is gone, so the sealed names and email can never be read again. */
@Revision("1")
public record PersonalDataErased(String dayId, String registrationId) {}
