package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the resource centre needs of the theme catalogue's events ({@code workshop.ThemeAdded.v1},
 * {@code workshop.ThemeRelabelled.v1}, {@code workshop.ThemeRetired.v1}): our own copy of the fields we read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ThemeDataV1(String code, String labelFr, String labelEn) {

    static final String ADDED = "workshop.ThemeAdded.v1";
    static final String RELABELLED = "workshop.ThemeRelabelled.v1";
    static final String RETIRED = "workshop.ThemeRetired.v1";

    ThemeDataV1 {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a theme catalogue event without its code");
        }
    }
}
