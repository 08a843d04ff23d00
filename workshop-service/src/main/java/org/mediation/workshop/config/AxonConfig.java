package org.mediation.workshop.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store and tokens come from the platform; the workshop and programme aggregates are cached between
 * commands, each kind in its own cache.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    Cache workshopCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache programmeCache() {
        return new WeakReferenceCache();
    }
}
