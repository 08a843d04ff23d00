package org.mediation.synthesis.edition.api;

import java.time.LocalDate;

/**
 * The lineage of a statement down to one regional contribution: the contribution, its workshop, its regional day and
 * region. No personal data: no name, and not the contribution's text, only its SHA-256 ({@code textDigest}) to tell
 * when it was amended afterwards.
 */
public record StatementSource(
        String contributionId,
        String kind,
        String workshopId,
        String workshopTitle,
        String regionalDayId,
        String regionalDayTitle,
        LocalDate date,
        String region,
        String textDigest) {}
