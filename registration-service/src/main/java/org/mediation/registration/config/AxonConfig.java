package org.mediation.registration.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store and tokens come from the platform; the regional day aggregates are cached between commands, up to
 * {@code regional-days.aggregate-cache.days} days (default {@value #CACHED_DAYS}; Ehcache evicts past that). A cache
 * that keeps them matters: a day not cached is read again from all its events under its lock (docs/benchmarks.md,
 * fifth session). A cached day holds its registrations (about 350 bytes each: id, status, category, fingerprint), so
 * the heap it takes is that bound times the registrations of the largest days.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    static final int CACHED_DAYS = 50;

    @Bean(destroyMethod = "close")
    CacheManager regionalDayCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache regionalDayCache(
            CacheManager regionalDayCacheManager,
            @Value("${regional-days.aggregate-cache.days:" + CACHED_DAYS + "}") int cachedDays) {
        // Axon's adapter takes Ehcache's implementation type, which every cache of the manager is
        return new EhCache3Adapter((Ehcache<Object, Object>) regionalDayCacheManager.createCache(
                "regionalDays",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(
                        Object.class, Object.class, ResourcePoolsBuilder.heap(cachedDays))));
    }
}
