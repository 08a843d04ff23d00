package org.mediation.resource.integration.inbound;

import java.util.function.Consumer;
import org.mediation.platform.cloudevents.CloudEventReader;
import org.mediation.platform.inbox.RecordBatch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The functional binding {@code workshopEvents-in-0}: topic {@code workshop-events}, group resource-service, in batch
 * mode ({@link RecordBatch}): one inbox lookup and one inbox write per poll.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopEventsBinding {

    @Bean
    Consumer<Message<Object>> workshopEvents(WorkshopEventHandler handler) {
        return batch -> RecordBatch.take(batch, CloudEventReader::read, handler::handle);
    }
}
