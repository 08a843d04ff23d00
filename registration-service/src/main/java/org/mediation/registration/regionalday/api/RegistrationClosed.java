package org.mediation.registration.regionalday.api;

public record RegistrationClosed(String dayId) {}
