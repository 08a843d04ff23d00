package org.mediation.platform.outbox;

import java.util.Optional;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox never stops by itself: whatever stopped the {@value OutboxPublisher#PROCESSING_GROUP} processor (an
 * interrupt after a long outage, an error it shut down on), it is started again every
 * {@code regional-days.outbox.supervision-interval} and resumes from its last token. As the {@code publisher} health
 * component it says whether it runs, and why not.
 */
class PublisherSupervisor implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(PublisherSupervisor.class);

    private final PublisherPosition position;

    PublisherSupervisor(PublisherPosition position) {
        this.position = position;
    }

    @Scheduled(
            fixedDelayString = "${regional-days.outbox.supervision-interval:PT10S}",
            initialDelayString = "${regional-days.outbox.supervision-interval:PT10S}")
    void restartIfStopped() {
        publisher().filter(processor -> !processor.isRunning()).ifPresent(processor -> {
            log.warn("The outbox publisher was stopped; starting it again from its last token");
            processor.start();
        });
    }

    @Override
    public Health health() {
        return publisher()
                .map(processor -> processor.isRunning() && !processor.isError()
                        ? Health.up().build()
                        : Health.down()
                                .withDetail("running", processor.isRunning())
                                .withDetail("error", processor.isError())
                                .withDetail(
                                        "reason",
                                        processor.isError()
                                                ? "publishing fails (Kafka away?); retrying with backoff"
                                                : "stopped; restarted at the next supervision")
                                .build())
                .orElseGet(() -> Health.unknown().build());
    }

    private Optional<StreamingEventProcessor> publisher() {
        return position.processor();
    }
}
