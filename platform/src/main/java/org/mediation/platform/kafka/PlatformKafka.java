package org.mediation.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The Kafka clients the platform builds itself, connected as the binder is and metered ({@link KafkaClients}). */
@AutoConfiguration
public class PlatformKafka {

    @Bean
    KafkaClients kafkaClients(Environment environment, MeterRegistry meters) {
        return KafkaClients.of(environment, meters);
    }
}
