package org.mediation.platform.cloudevents;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.cloud.stream.config.BindingServiceConfiguration;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;

/** The sender every publisher uses, over Spring Cloud Stream's bridge. */
@AutoConfiguration(after = BindingServiceConfiguration.class)
@ConditionalOnBean(StreamBridge.class)
public class PlatformCloudEvents {

    @Bean
    CloudEventSender cloudEventSender(StreamBridge streamBridge) {
        return new CloudEventSender(streamBridge);
    }
}
