package org.mediation.workshop.workshop.command;

/** The workshop has no facilitator (or speaker) of that id (never named, or removed). */
public class UnknownPerson extends RuntimeException {

    UnknownPerson(String personId, String role) {
        super("No person " + personId + " among this workshop's " + role + ".");
    }
}
