package org.mediation.registration.regionalday.api;

public record RegistrationOpened(String dayId) {}
