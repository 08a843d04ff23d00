package org.mediation.resource.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event store and tokens come from the platform; the resource aggregates are cached between commands. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    Cache resourceCache() {
        return new WeakReferenceCache();
    }
}
