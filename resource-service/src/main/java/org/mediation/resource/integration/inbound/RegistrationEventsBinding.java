package org.mediation.resource.integration.inbound;

import java.util.function.Consumer;
import org.mediation.platform.cloudevents.CloudEventReader;
import org.mediation.platform.inbox.RecordBatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The functional binding {@code registrationEvents-in-0}: topic {@code registration-events}, group resource-service, in
 * batch mode: every registration of every day passes here, so the records of a poll are read by the platform's reader
 * and handed over together ({@link RecordBatch}), one inbox lookup and one inbox write per batch.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsBinding {

    @Bean
    Consumer<Message<Object>> registrationEvents(RegistrationEventHandler handler) {
        return batch -> RecordBatch.take(batch, CloudEventReader::read, handler::handle);
    }
}
