package org.mediation.workshop.workshop.command;

/** Why a submitted report goes back to draft: 1 to 1000 characters, trimmed. */
record ReopeningReason(String value) {

    ReopeningReason {
        if (value == null || value.isBlank() || value.strip().length() > 1000) {
            throw new IllegalArgumentException("reason must have 1 to 1000 characters");
        }
        value = value.strip();
    }
}
