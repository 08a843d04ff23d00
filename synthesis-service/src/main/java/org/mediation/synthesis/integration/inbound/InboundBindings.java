package org.mediation.synthesis.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.function.Consumer;
import org.mediation.synthesis.history.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The three topics synthesis reads, as Spring Cloud Stream functional consumers; each record is a CloudEvent. */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(SynthesisIntake intake, ObjectMapper json) {
        return message -> intake.accept(parse(message, json));
    }

    @Bean
    Consumer<Message<byte[]>> workshopEvents(SynthesisIntake intake, ObjectMapper json) {
        return message -> intake.accept(parse(message, json));
    }

    @Bean
    Consumer<Message<byte[]>> resourceEvents(SynthesisIntake intake, ObjectMapper json) {
        return message -> intake.accept(parse(message, json));
    }

    private static InboundEvent parse(Message<byte[]> message, ObjectMapper json) {
        try {
            return json.readValue(message.getPayload(), InboundEvent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a CloudEvent in structured JSON mode", e);
        }
    }
}
