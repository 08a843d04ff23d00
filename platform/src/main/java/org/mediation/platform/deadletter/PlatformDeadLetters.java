package org.mediation.platform.deadletter;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.mediation.platform.kafka.KafkaClients;
import org.mediation.platform.mongo.PlatformMongo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Every consumer's dead letters, for operators: listed, re-driven, counted. */
@AutoConfiguration(after = PlatformMongo.class)
@EnableScheduling
@Import(DeadLetterController.class)
public class PlatformDeadLetters {

    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(
            BindingServiceProperties bindings,
            Environment environment,
            KafkaClients kafkaClients,
            MongoDatabase serviceDatabase,
            ObjectProvider<Clock> clock) {
        return new DeadLetters(
                new DeadLetterQueues(bindings, environment),
                kafkaClients,
                serviceDatabase,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    DeadLetterMetrics deadLetterMetrics(DeadLetters deadLetters, MeterRegistry registry) {
        return new DeadLetterMetrics(deadLetters, registry);
    }
}
