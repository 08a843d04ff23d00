package org.mediation.synthesis.regional;

import java.util.List;

/** One contribution recorded by a workshop's rapporteur; a withdrawn one is kept as a tombstone, never shown. */
public record Contribution(
        String id, String kind, String text, String themeCode, List<String> tags, boolean withdrawn) {

    public static final List<String> KINDS = List.of("FINDING", "PROBLEM", "PROPOSAL", "PRACTICE", "DEBATE");

    public Contribution {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    Contribution withdraw() {
        return new Contribution(id, kind, text, themeCode, tags, true);
    }
}
