package org.mediation.platform.outbox;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.mediation.platform.cloudevents.CloudEventSender;
import org.mediation.platform.cloudevents.PlatformCloudEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox of a service that supplies a {@link PublishedEventTranslator}: its events go out as CloudEvents. */
@AutoConfiguration(after = PlatformCloudEvents.class)
@ConditionalOnClass(EventProcessingConfigurer.class)
@ConditionalOnBean(PublishedEventTranslator.class)
@EnableConfigurationProperties(OutboxProperties.class)
@EnableScheduling
public class PlatformOutbox {

    @Bean
    OutboxPublisher outboxPublisher(
            PublishedEventTranslator translator, CloudEventSender sender, OutboxProperties outbox) {
        return new OutboxPublisher(translator, sender, outbox);
    }

    @Bean
    PublisherSupervisor publisher(EventProcessingConfiguration processing) {
        return new PublisherSupervisor(processing);
    }

    /**
     * A failed publication fails the batch; the processor backs off and retries from its last token: nothing is
     * skipped (a re-sent event keeps its id, consumers de-duplicate on it).
     */
    @Autowired
    void retryFailedPublication(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(
                OutboxPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
