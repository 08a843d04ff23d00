package org.mediation.workshop.workshop.command;

/** What the rapporteur wrote: 1 to 4000 characters, trimmed. */
record ContributionText(String value) {

    static final int MAX_LENGTH = 4000;

    ContributionText {
        if (value == null || value.isBlank() || value.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text must have 1 to " + MAX_LENGTH + " characters");
        }
        value = value.strip();
    }
}
