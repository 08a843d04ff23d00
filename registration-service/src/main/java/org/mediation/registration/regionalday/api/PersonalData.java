package org.mediation.registration.regionalday.api;

/** What identifies a participant as a person: kept in this service only, never published. */
public record PersonalData(String firstName, String lastName, String email) {}
