package org.mediation.synthesis.restitution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mediation.synthesis.national.HistoryAt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last {@code synthesis.restitution.cache.entries} restitutions computed (8 by default, the least recently asked
 * dropped first), by period and {@code asOf} (or "now"). One is given again only while the history still ends where it
 * ended when it was computed, every number of it held an event then, and no event it left out is at or before the
 * instant asked (asked "now", the restitution is the same until the first event dated after it), and for at most
 * {@code synthesis.restitution.cache.longest} (10 min): it never answers what a fold of the history would not.
 */
@Component
class RecentRestitutions {

    /** What was asked: a period, at an instant or ({@code asOf} null) now. */
    record Key(Period period, Instant asOf) {}

    private record Kept(long upTo, Instant asOf, Instant nextChange, Instant keptAt, Restitution restitution) {}

    private final Clock clock;
    private final Duration longest;
    private final Map<Key, Kept> kept;

    RecentRestitutions(
            Clock clock,
            @Value("${synthesis.restitution.cache.entries:8}") int entries,
            @Value("${synthesis.restitution.cache.longest:10m}") Duration longest) {
        this.clock = clock;
        this.longest = longest;
        this.kept = new LinkedHashMap<>(entries, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > entries;
            }
        };
    }

    /** The restitution kept for that question, stamped {@code at}, if the history since cannot have changed it. */
    synchronized Optional<Restitution> find(Key key, long historyEnd, Instant at) {
        Kept found = kept.get(key);
        if (found == null) {
            return Optional.empty();
        }
        boolean same = found.upTo() == historyEnd
                && !at.isBefore(found.asOf())
                && at.isBefore(found.nextChange())
                && clock.instant().isBefore(found.keptAt().plus(longest));
        if (!same) {
            kept.remove(key);
            return Optional.empty();
        }
        return Optional.of(found.restitution().at(at));
    }

    /** Keeps a restitution computed from the history as it stood, unless a number of it was still empty then. */
    synchronized void keep(Key key, HistoryAt history, Restitution restitution) {
        if (history.complete()) {
            kept.put(key, new Kept(history.upTo(), history.asOf(), history.nextChange(), clock.instant(), restitution));
        }
    }
}
