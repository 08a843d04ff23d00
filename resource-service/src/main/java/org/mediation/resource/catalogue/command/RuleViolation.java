package org.mediation.resource.catalogue.command;

/** A command refused by a business rule of the catalogue; the message is written for the person who asked. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
