package org.mediation.resource.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" for withdrawals: the date where the regional days take place. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${regional-days.time-zone:Europe/Paris}") ZoneId zone) {
        return Clock.system(zone);
    }
}
