package org.mediation.workshop.integration.outbound;

/** No new workshop on this theme; what was planned and said on it stays. */
record ThemeRetiredV1(String code) {
    static final String TYPE = "workshop.ThemeRetired.v1";
}
