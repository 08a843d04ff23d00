package org.mediation.resource.integration.inbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The functional binding {@code registrationEvents-in-0}: topic {@code registration-events}, group resource-service. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsBinding {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(RegistrationEventHandler handler, CloudEventReader reader) {
        return message -> {
            try {
                handler.handle(reader.read(message));
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable record on registration-events", e);
            }
        };
    }
}
