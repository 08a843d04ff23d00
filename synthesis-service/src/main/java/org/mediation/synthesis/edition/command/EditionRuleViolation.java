package org.mediation.synthesis.edition.command;

/** A change an edition's rules refuse (answered 409). */
public class EditionRuleViolation extends RuntimeException {

    public EditionRuleViolation(String message) {
        super(message);
    }
}
