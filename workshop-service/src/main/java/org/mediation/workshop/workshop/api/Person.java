package org.mediation.workshop.workshop.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A facilitator or a speaker: a name and the organisation they come from. */
public record Person(String name, String organisation) {

    static final int MAX_LENGTH = 200;

    public Person {
        requireText("name", name);
        requireText("organisation", organisation);
    }

    /**
     * The id of this person in that workshop when it was named before people had ids (events stored without {@code
     * personId}): derived from the workshop and the person, so the aggregate, the view and the translator agree.
     */
    public String legacyIdIn(String workshopId) {
        return UUID.nameUUIDFromBytes(
                        String.join("\n", workshopId, name, organisation).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must have 1 to " + MAX_LENGTH + " characters");
        }
    }
}
