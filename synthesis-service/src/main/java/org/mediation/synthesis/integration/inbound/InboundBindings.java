package org.mediation.synthesis.integration.inbound;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The three topics synthesis reads, as Spring Cloud Stream functional consumers; each record is a CloudEvent. */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }

    @Bean
    Consumer<Message<byte[]>> workshopEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }

    @Bean
    Consumer<Message<byte[]>> resourceEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }
}
