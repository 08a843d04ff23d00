package org.mediation.synthesis.edition.web;

import java.util.List;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.StatementSource;

/** What a region brought to a published version: each statement made from its contributions, with those sources. */
record RegionLineage(String editionId, int number, String region, List<RegionStatement> statements) {

    record RegionStatement(String statementId, String text, List<String> themes, List<StatementSource> sources) {}

    static RegionLineage of(PublishedVersion version, String region) {
        List<RegionStatement> statements = version.themes().stream()
                .flatMap(theme -> theme.statements().stream())
                .distinct()
                .map(statement -> new RegionStatement(
                        statement.statementId(),
                        statement.text(),
                        statement.themes(),
                        statement.sources().stream()
                                .filter(source -> region.equals(source.region()))
                                .toList()))
                .filter(statement -> !statement.sources().isEmpty())
                .toList();
        return new RegionLineage(version.editionId(), version.number(), region, statements);
    }
}
