package org.mediation.synthesis.edition.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mediation.synthesis.edition.api.PublishedVersion.Statement;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.regional.Contribution;
import org.mediation.synthesis.regional.RegionalProjection;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.regional.WorkshopState;

/**
 * The sources of a draft's statements that the regional projections, as they stand, no longer hold as they were
 * chosen: {@code WITHDRAWN} (not among its workshop's published contributions any more: withdrawn, or the report sent
 * back to draft) or {@code AMENDED} (its text's digest differs). One read per regional day the sources name.
 */
final class SourceFlags {

    static final String WITHDRAWN = "WITHDRAWN";
    static final String AMENDED = "AMENDED";

    private SourceFlags() {}

    static Map<String, String> of(List<Statement> statements, RegionalProjections projections) {
        Map<String, Optional<RegionalProjection>> days = new HashMap<>();
        Map<String, String> flags = new LinkedHashMap<>();
        statements.forEach(statement -> statement.sources().forEach(source -> {
            Optional<Contribution> now = days.computeIfAbsent(source.regionalDayId(), projections::find)
                    .flatMap(day -> counted(day, source));
            if (now.isEmpty()) {
                flags.put(source.contributionId(), WITHDRAWN);
            } else if (!StatementSources.digest(now.get().text()).equals(source.textDigest())) {
                flags.put(source.contributionId(), AMENDED);
            }
        }));
        return flags;
    }

    private static Optional<Contribution> counted(RegionalProjection day, StatementSource source) {
        return day.workshops().stream()
                .filter(workshop -> workshop.workshopId().equals(source.workshopId()))
                .map(WorkshopState::countedContributions)
                .flatMap(List::stream)
                .filter(contribution -> contribution.id().equals(source.contributionId()))
                .findFirst();
    }
}
