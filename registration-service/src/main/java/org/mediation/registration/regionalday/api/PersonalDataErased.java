package org.mediation.registration.regionalday.api;

/** Internal only: the participant's key is gone, so the sealed names and email can never be read again. */
public record PersonalDataErased(String dayId, String registrationId) {}
