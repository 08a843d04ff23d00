package org.mediation.registration.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.ehcache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The day aggregates stay cached through garbage collections, up to a bound. */
class RegionalDayCacheTest {

    private final AxonConfig config = new AxonConfig();
    private final CacheManager manager = config.regionalDayCacheManager();
    private final Cache cache = config.regionalDayCache(manager);

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void cached_days_outlive_a_garbage_collection() {
        IntStream.range(0, 50).forEach(day -> cache.put("day-" + day, new byte[1_024]));
        System.gc();
        assertEquals(50, cached(250));
    }

    @Test
    void no_more_than_the_bound_are_kept() {
        IntStream.range(0, AxonConfig.CACHED_DAYS + 50).forEach(day -> cache.put("day-" + day, new byte[16]));
        assertEquals(AxonConfig.CACHED_DAYS, cached(AxonConfig.CACHED_DAYS + 50));
    }

    private long cached(int days) {
        return IntStream.range(0, days)
                .filter(day -> cache.containsKey("day-" + day))
                .count();
    }
}
