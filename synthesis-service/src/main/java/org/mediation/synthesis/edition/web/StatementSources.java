package org.mediation.synthesis.edition.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.restitution.Restitution;
import org.mediation.synthesis.restitution.Restitution.Item;

/** The contributions a machine restitution holds, as statements' sources: a statement's lineage from its draft's. */
final class StatementSources {

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

    static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
