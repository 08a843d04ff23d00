package org.mediation.synthesis.national;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Debounces the live aggregate's changes: at most one update every {@code synthesis.national.debounce} (250 ms by
 * default, so at most four a second), however many events arrived meanwhile, and none while a replay swaps the
 * projections (the swap's outcome is one change). A listener that fails is told again at the next tick.
 */
@Component
class NationalAggregateChanges {

    private static final Logger log = LoggerFactory.getLogger(NationalAggregateChanges.class);

    private final LiveNationalAggregate live;
    private final List<NationalAggregateListener> listeners;
    private LiveNationalAggregate.Changes told;

    NationalAggregateChanges(LiveNationalAggregate live, List<NationalAggregateListener> listeners) {
        this.live = live;
        this.listeners = listeners;
    }

    @Scheduled(fixedDelayString = "${synthesis.national.debounce:250ms}")
    void tellListeners() {
        try {
            LiveNationalAggregate.Changes changes = live.changes();
            if (changes.equals(told) || changes.swapping()) {
                return;
            }
            NationalAggregate aggregate = live.current();
            listeners.forEach(listener -> listener.updated(aggregate));
            told = changes;
        } catch (RuntimeException e) {
            log.warn("National aggregate update not delivered, retrying at the next tick", e);
        }
    }
}
