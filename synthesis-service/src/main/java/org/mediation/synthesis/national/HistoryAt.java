package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.List;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * Regional days as they stood at {@code asOf}, read from the history up to number {@code upTo}: {@code position} is
 * the number of the last event folded (or of the checkpoint the fold started from); {@code nextChange} the earliest
 * time of a recorded event not folded ({@link Instant#MAX} when none), so the same days stand at every instant before
 * it while the history holds no more events; {@code complete} whether every number since the last checkpoint held an
 * event when read (else one may still have been being recorded); {@code themes} the theme catalogue at that instant.
 */
public record HistoryAt(
        Instant asOf,
        long upTo,
        long position,
        Instant nextChange,
        boolean complete,
        List<RegionalProjection> days,
        Themes themes) {}
