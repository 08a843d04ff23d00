package org.mediation.registration.regionalday.api;

public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
