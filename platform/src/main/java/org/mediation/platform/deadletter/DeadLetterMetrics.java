package org.mediation.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code dead.letters} (tag {@code topic}): the records on each dead-letter topic; {@code dead.letters.redriven}: how
 * many an operator re-drove. Counted every {@code regional-days.dead-letters.metrics-interval}, not during a scrape.
 */
class DeadLetterMetrics {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong redriven = new AtomicLong();

    DeadLetterMetrics(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
        Gauge.builder("dead.letters.redriven", redriven, AtomicLong::get)
                .description("Dead letters an operator re-drove")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${regional-days.dead-letters.metrics-interval:PT30S}", initialDelay = 5_000)
    void count() {
        try {
            deadLetters.counts().forEach((topic, count) -> gauge(topic).set(count));
            redriven.set(deadLetters.redrivenCount());
        } catch (RuntimeException e) {
            log.warn("Dead letters not counted this time: {}", e.toString());
        }
    }

    private AtomicLong gauge(String topic) {
        return counts.computeIfAbsent(topic, name -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder("dead.letters", count, AtomicLong::get)
                    .description("Records on the dead-letter topic")
                    .tag("topic", name)
                    .register(registry);
            return count;
        });
    }
}
