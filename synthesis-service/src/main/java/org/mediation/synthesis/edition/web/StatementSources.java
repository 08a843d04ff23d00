package org.mediation.synthesis.edition.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediation.synthesis.edition.api.PublishedVersion.Statement;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.restitution.Restitution;
import org.mediation.synthesis.restitution.Restitution.Item;

/**
 * The contributions a machine restitution holds, as statements' sources: to make a statement's lineage from the
 * draft's restitution, and to flag the sources the current one no longer holds as they were ({@code WITHDRAWN}: no
 * longer among the published contributions; {@code AMENDED}: its text changed).
 */
final class StatementSources {

    static final String WITHDRAWN = "WITHDRAWN";
    static final String AMENDED = "AMENDED";

    private final Map<String, StatementSource> byContribution = new LinkedHashMap<>();

    StatementSources(Restitution restitution) {
        restitution
                .themes()
                .forEach(theme ->
                        theme.items().forEach(item -> byContribution.put(item.contributionId(), source(item))));
    }

    /** The sources of those contributions; a contribution the restitution does not hold is a 400. */
    List<StatementSource> of(List<String> contributionIds) {
        return contributionIds.stream()
                .distinct()
                .map(id -> {
                    StatementSource source = byContribution.get(id);
                    if (source == null) {
                        throw new IllegalArgumentException(
                                "Contribution " + id + " is not a published contribution of this edition's draft.");
                    }
                    return source;
                })
                .toList();
    }

    /** The sources of those statements that this restitution holds no more, or holds amended, by contribution id. */
    Map<String, String> flags(List<Statement> statements) {
        Map<String, String> flags = new LinkedHashMap<>();
        statements.forEach(statement -> statement.sources().forEach(source -> {
            StatementSource now = byContribution.get(source.contributionId());
            if (now == null) {
                flags.put(source.contributionId(), WITHDRAWN);
            } else if (!now.textDigest().equals(source.textDigest())) {
                flags.put(source.contributionId(), AMENDED);
            }
        }));
        return flags;
    }

    private static StatementSource source(Item item) {
        return new StatementSource(
                item.contributionId(),
                item.kind(),
                item.workshopId(),
                item.workshopTitle(),
                item.regionalDayId(),
                item.regionalDayTitle(),
                item.date(),
                item.region(),
                digest(item.text()));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
