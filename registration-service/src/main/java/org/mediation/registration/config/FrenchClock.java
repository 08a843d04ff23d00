package org.mediation.registration.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Regional days are dated in France: « today », a closing date and « two days before » are Europe/Paris dates. */
@Configuration(proxyBeanMethods = false)
class FrenchClock {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }
}
