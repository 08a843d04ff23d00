package org.mediation.workshop.workshop.command;

/** The rapporteur: the user id ({@code sub}) they sign in with, and the name shown in the report. */
record Rapporteur(String userId, String name) {

    Rapporteur {
        if (userId == null || userId.isBlank() || userId.length() > 100) {
            throw new IllegalArgumentException("userId must have 1 to 100 characters");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
    }
}
