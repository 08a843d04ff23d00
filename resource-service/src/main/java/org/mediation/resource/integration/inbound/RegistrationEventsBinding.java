package org.mediation.resource.integration.inbound;

import java.util.function.Consumer;
import org.mediation.platform.cloudevents.CloudEventReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The functional binding {@code registrationEvents-in-0}: topic {@code registration-events}, group resource-service. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsBinding {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(RegistrationEventHandler handler) {
        return message -> handler.handle(CloudEventReader.read(message));
    }
}
