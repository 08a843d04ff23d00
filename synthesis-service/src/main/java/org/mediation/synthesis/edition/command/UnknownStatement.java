package org.mediation.synthesis.edition.command;

/** No statement of that id in the edition (answered 404). */
public class UnknownStatement extends RuntimeException {

    public UnknownStatement(String statementId) {
        super("The edition has no statement " + statementId + ".");
    }
}
