package org.mediation.synthesis.integration.outbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the national restitution was published: which, when, over which period, its themes and the regions its
 * statements came from; the document itself is read at {@code href} (JSON, markdown, HTML or PDF by {@code Accept}).
 */
record RestitutionVersionPublishedV1(
        String editionId,
        int number,
        String title,
        LocalDate from,
        LocalDate to,
        Instant publishedAt,
        List<String> themes,
        int statements,
        List<String> regions,
        String href) {

    static final String TYPE = "synthesis.RestitutionVersionPublished.v1";
}
