package org.mediation.workshop.integration.inbound;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The Spring Cloud Stream consumer of {@code registration-events} (binding {@code registrationEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsBinding {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(RegistrationEventsHandler handler) {
        return handler::handle;
    }
}
