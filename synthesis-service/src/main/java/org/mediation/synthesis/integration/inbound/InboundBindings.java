package org.mediation.synthesis.integration.inbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.util.function.Consumer;
import org.mediation.synthesis.history.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The three topics synthesis reads, as Spring Cloud Stream functional consumers; each record is a CloudEvent. */
@Configuration(proxyBeanMethods = false)
class InboundBindings {

    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = "registration-events",
                            description =
                                    "Days, registrations, check-ins: attendance of the regional projections; de-duplicated by CloudEvent id. Samples: docs/contracts/registration-events/.",
                            payloadType = InboundEvent.class,
                            message =
                                    @AsyncMessage(
                                            name = "registration-events",
                                            contentType = CloudEventReader.CONTENT_TYPE)))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    @Bean
    Consumer<Message<byte[]>> registrationEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }

    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = "workshop-events",
                            description =
                                    "Workshops, rapporteurs and contributions of the regional projections; de-duplicated by CloudEvent id. Samples: docs/contracts/workshop-events/.",
                            payloadType = InboundEvent.class,
                            message =
                                    @AsyncMessage(
                                            name = "workshop-events",
                                            contentType = CloudEventReader.CONTENT_TYPE)))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    @Bean
    Consumer<Message<byte[]>> workshopEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }

    @AsyncListener(
            operation =
                    @AsyncOperation(
                            channelName = "resource-events",
                            description =
                                    "The catalogue and the stands of the regional projections; de-duplicated by CloudEvent id. Samples: docs/contracts/resource-events/.",
                            payloadType = InboundEvent.class,
                            message =
                                    @AsyncMessage(
                                            name = "resource-events",
                                            contentType = CloudEventReader.CONTENT_TYPE)))
    @KafkaAsyncOperationBinding(groupId = "synthesis-service")
    @Bean
    Consumer<Message<byte[]>> resourceEvents(SynthesisIntake intake, CloudEventReader reader) {
        return message -> intake.accept(reader.read(message));
    }
}
