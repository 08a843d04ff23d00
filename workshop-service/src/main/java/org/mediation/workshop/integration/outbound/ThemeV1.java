package org.mediation.workshop.integration.outbound;

/** A theme of the national catalogue: added, or relabelled (its labels now). */
record ThemeV1(String code, String labelFr, String labelEn) {
    static final String ADDED = "workshop.ThemeAdded.v1";
    static final String RELABELLED = "workshop.ThemeRelabelled.v1";
}
