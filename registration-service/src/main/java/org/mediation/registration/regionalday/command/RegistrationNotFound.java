package org.mediation.registration.regionalday.command;

/** A command named a registration the regional day does not have. */
public class RegistrationNotFound extends RuntimeException {

    public RegistrationNotFound(String registrationId) {
        super("No registration " + registrationId + " at this regional day.");
    }
}
