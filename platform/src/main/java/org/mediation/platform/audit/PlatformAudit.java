package org.mediation.platform.audit;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mediation.platform.kafka.KafkaClients;
import org.mediation.platform.mongo.PlatformMongo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The audit log of a service that keeps one ({@code regional-days.audit.enabled=true}) and its operators' endpoints. */
@AutoConfiguration(after = PlatformMongo.class)
@ConditionalOnProperty("regional-days.audit.enabled")
@Import(AuditLogController.class)
public class PlatformAudit {

    @Bean(destroyMethod = "close")
    AuditAnchors auditAnchors(
            KafkaClients kafkaClients,
            @Value("${regional-days.audit.topic:operations-audit}") String topic,
            @Value("${spring.application.name}") String service) {
        return new AuditAnchors(kafkaClients, topic, service);
    }

    @Bean
    AuditLog auditLog(MongoDatabase serviceDatabase, ObjectProvider<Clock> clock, AuditAnchors auditAnchors) {
        return new AuditLog(serviceDatabase, clock.getIfAvailable(Clock::systemUTC), auditAnchors);
    }
}
