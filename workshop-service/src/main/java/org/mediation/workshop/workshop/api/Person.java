package org.mediation.workshop.workshop.api;

/** A facilitator or a speaker: a name and the organisation they come from. */
public record Person(String name, String organisation) {

    static final int MAX_LENGTH = 200;

    public Person {
        requireText("name", name);
        requireText("organisation", organisation);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must have 1 to " + MAX_LENGTH + " characters");
        }
    }
}
