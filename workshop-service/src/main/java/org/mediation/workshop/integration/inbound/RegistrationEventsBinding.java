package org.mediation.workshop.integration.inbound;

import java.util.function.Consumer;
import org.mediation.platform.cloudevents.CloudEventReader;
import org.mediation.platform.inbox.RecordBatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream consumer of {@code registration-events} (binding {@code registrationEvents-in-0}), in batch
 * mode: the records of a poll are read by the platform's reader and handed over together ({@link RecordBatch}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsBinding {

    @Bean
    Consumer<Message<Object>> registrationEvents(RegistrationEventsHandler handler) {
        return batch -> RecordBatch.take(batch, CloudEventReader::read, handler::handle);
    }
}
