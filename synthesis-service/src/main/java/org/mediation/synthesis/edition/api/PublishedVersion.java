package org.mediation.synthesis.edition.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published version of an edition, as read by everyone: per theme (in the catalogue's order, labelled as it was at
 * publication) its introduction and its statements in their order, each with its sources.
 */
public record PublishedVersion(
        String editionId,
        int number,
        String title,
        LocalDate from,
        LocalDate to,
        Instant publishedAt,
        Basis basis,
        List<ThemeSection> themes) {

    public record ThemeSection(String themeCode, String label, String introduction, List<Statement> statements) {}

    public record Statement(String statementId, String text, List<String> themes, List<StatementSource> sources) {}
}
