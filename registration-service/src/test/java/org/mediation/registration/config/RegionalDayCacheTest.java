package org.mediation.registration.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.ehcache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The day aggregates stay cached through garbage collections, up to the configured bound. */
class RegionalDayCacheTest {

    private final AxonConfig config = new AxonConfig();
    private final CacheManager manager = config.regionalDayCacheManager();
    private final Cache cache = config.regionalDayCache(manager, AxonConfig.CACHED_DAYS);

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

    @Test
    void the_bound_is_configured() {
        Cache small = config.regionalDayCache(config.regionalDayCacheManager(), 10);
        IntStream.range(0, 30).forEach(day -> small.put("day-" + day, new byte[16]));
        assertEquals(
                10,
                IntStream.range(0, 30)
                        .filter(day -> small.containsKey("day-" + day))
                        .count());
    }

    private long cached(int days) {
        return IntStream.range(0, days)
                .filter(day -> cache.containsKey("day-" + day))
                .count();
    }
}
