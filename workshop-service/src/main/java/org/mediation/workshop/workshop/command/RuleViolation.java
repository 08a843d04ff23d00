package org.mediation.workshop.workshop.command;

/** A command refused by a business rule of the workshop; the message is written for the person who asked. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
