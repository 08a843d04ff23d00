package org.mediation.synthesis.regional;

import java.util.List;

/**
 * One contribution recorded by a workshop's rapporteur, as its last recording or amendment says. A withdrawn one is
 * kept as a tombstone, never shown, that holds nothing but its id: no text or tags it once had.
 */
public record Contribution(
        String id, String kind, String text, String themeCode, List<String> tags, boolean withdrawn) {

    public static final List<String> KINDS = List.of("FINDING", "PROBLEM", "PROPOSAL", "PRACTICE", "DEBATE");

    public Contribution {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static Contribution tombstone(String id) {
        return new Contribution(id, null, null, null, List.of(), true);
    }
}
