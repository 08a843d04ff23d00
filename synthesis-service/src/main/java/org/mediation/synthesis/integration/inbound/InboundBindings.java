package org.mediation.synthesis.integration.inbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.util.function.Consumer;
import org.mediation.platform.cloudevents.CloudEventReader;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.RecordBatch;
import org.mediation.synthesis.history.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The three topics synthesis reads, as Spring Cloud Stream functional consumers in batch mode (all the records of a
 * poll at once, {@link RecordBatch}); each record is a CloudEvent, read by the platform's reader and de-duplicated by
 * the history. Exact samples: {@code docs/contracts/<topic>/}.
 */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "registration-events", payloadType = InboundEvent.class, description = "Days, registrations, check-ins: attendance of the regional projections.",
            message = @AsyncMessage(name = "registration-events")))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    // spotless:on
    @Bean
    Consumer<Message<Object>> registrationEvents(SynthesisIntake intake) {
        return batch -> RecordBatch.take(batch, InboundBindings::read, intake::accept);
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", payloadType = InboundEvent.class, description = "Workshops, rapporteurs and contributions of the regional projections.",
            message = @AsyncMessage(name = "workshop-events")))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    // spotless:on
    @Bean
    Consumer<Message<Object>> workshopEvents(SynthesisIntake intake) {
        return batch -> RecordBatch.take(batch, InboundBindings::read, intake::accept);
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "resource-events", payloadType = InboundEvent.class, description = "The catalogue and the stands of the regional projections.",
            message = @AsyncMessage(name = "resource-events")))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    // spotless:on
    @Bean
    Consumer<Message<Object>> resourceEvents(SynthesisIntake intake) {
        return batch -> RecordBatch.take(batch, InboundBindings::read, intake::accept);
    }

    private static InboundEvent read(Message<byte[]> message) {
        InboundCloudEvent event = CloudEventReader.read(message);
        return new InboundEvent(event.id(), event.source(), event.type(), event.subject(), event.time(), event.data());
    }
}
