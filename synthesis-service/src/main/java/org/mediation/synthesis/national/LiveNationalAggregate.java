package org.mediation.synthesis.national;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.mediation.platform.mongo.Lease;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.regional.RegionalProjections;
import org.mediation.synthesis.store.SwapFence;
import org.mediation.synthesis.store.Versioned;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The national aggregate as the stored projections make it: the figures written beside every regional projection
 * the resource catalogue entries and the theme catalogue, summed again when they moved, at most once every {@code
 * synthesis.national.freshness} (50 ms), however often it is read: a read looks whether they moved at most that often,
 * and sums them only when they did. The same in every instance, whichever partitions it consumes: they moved when
 * the history took an event (its sequence moved) or a replay swapped projections.
 */
@Component
public class LiveNationalAggregate {

    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final ThemeCatalogue themes;
    private final EventHistory history;
    private final SwapFence fence;
    private final Clock clock;
    private final Duration freshness;
    private Changes summed;
    private Instant summedAt = Instant.MIN;
    private NationalAggregate current;

    LiveNationalAggregate(
            RegionalProjections projections,
            Catalogue catalogue,
            ThemeCatalogue themes,
            EventHistory history,
            SwapFence fence,
            Clock clock,
            @Value("${synthesis.national.freshness:50ms}") Duration freshness) {
        this.projections = projections;
        this.catalogue = catalogue;
        this.themes = themes;
        this.history = history;
        this.fence = fence;
        this.clock = clock;
        this.freshness = freshness;
    }

    /** Where the stored projections stand: a reader compares it to know whether anything moved. */
    public Changes changes() {
        return new Changes(history.lastSequence(), fence.holding());
    }

    /** The current figures, stamped with the current instant. */
    public synchronized NationalAggregate current() {
        Instant now = clock.instant();
        if (summedAt.plus(freshness).isBefore(now)) {
            Changes changes = changes();
            if (!changes.equals(summed) || changes.swapping()) {
                current = NationalAggregation.ofFigures(
                        projections.figures().values(),
                        catalogue.all().values().stream().map(Versioned::state).toList(),
                        themes.current(),
                        now);
                summed = changes;
                summedAt = now;
            }
        }
        return current.at(clock.instant());
    }

    /** The history's last sequence and the swaps: figures summed at one of these hold until it moves. */
    public record Changes(long events, Lease.Holding swaps) {

        public boolean swapping() {
            return swaps.held();
        }
    }
}
