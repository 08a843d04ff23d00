package org.mediation.synthesis.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.regional.DayFigures;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * The history folded on from a checkpoint: the days an event names are read as the checkpoint holds them, the others
 * keep the figures it holds, so the cost is that of the events since and the days they name.
 */
final class FoldFromCheckpoint {

    private final Checkpoint checkpoint;
    private final Checkpoints checkpoints;
    private final Map<String, CheckpointedDay> held;
    private final ShadowProjections shadow;

    FoldFromCheckpoint(Checkpoint checkpoint, Checkpoints checkpoints) {
        this.checkpoint = checkpoint;
        this.checkpoints = checkpoints;
        Checkpoints.Held holding = checkpoints.held(checkpoint);
        this.held = holding.days();
        this.shadow = new ShadowProjections(
                dayId -> held.containsKey(dayId)
                        ? checkpoints.day(held.get(dayId).stateAt(), dayId)
                        : new RegionalProjection(dayId),
                holding.catalogue(),
                holding.themes());
    }

    void apply(InboundEvent event) {
        shadow.apply(event);
    }

    /** The days named since the checkpoint, as they stand now. */
    Map<String, RegionalProjection> named() {
        return shadow.days();
    }

    /** Every day as a checkpoint at {@code sequence} would hold it. */
    Map<String, CheckpointedDay> held(long sequence) {
        Map<String, CheckpointedDay> days = new LinkedHashMap<>(held);
        named().forEach((dayId, day) ->
                days.put(dayId, new CheckpointedDay(dayId, sequence, DayFigures.of(day), day.date())));
        return days;
    }

    /**
     * The known days dated as asked, as they stand: those named since the checkpoint as folded, the others as it holds
     * them (only their states are read).
     */
    List<RegionalProjection> days(Predicate<LocalDate> dated) {
        List<RegionalProjection> days = new ArrayList<>(named().values());
        held.values().stream()
                .filter(day -> !named().containsKey(day.regionalDayId()) && day.figures() != null)
                .filter(day -> day.date() == null || dated.test(day.date()))
                .forEach(day -> days.add(checkpoints.day(day.stateAt(), day.regionalDayId())));
        return days.stream()
                .filter(day -> day.known() && day.date() != null && dated.test(day.date()))
                .toList();
    }

    Map<String, CatalogueEntry> catalogue() {
        return shadow.catalogue();
    }

    Themes themes() {
        return shadow.themes();
    }

    NationalAggregate aggregate(Instant asOf) {
        return NationalAggregation.ofFigures(
                held(checkpoint.sequence()).values().stream()
                        .map(CheckpointedDay::figures)
                        .toList(),
                catalogue().values(),
                themes(),
                asOf);
    }
}
