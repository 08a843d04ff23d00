package org.mediation.workshop.workshop.command;

/** The title of a workshop: 1 to 200 characters, trimmed. */
record Title(String value) {

    static final int MAX_LENGTH = 200;

    Title {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("title must have 1 to " + MAX_LENGTH + " characters");
        }
        value = value.strip();
    }
}
