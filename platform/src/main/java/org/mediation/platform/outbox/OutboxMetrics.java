package org.mediation.platform.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.mediation.platform.axon.EventSeconds;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What an operator alerts on (docs/operations.md): {@code outbox.lag} (stored events the publisher has not reached),
 * {@code outbox.parked}, {@code outbox.published} and {@code outbox.reconciled} (counters) and {@code
 * outbox.publication.age} (seconds since the last publication, or since the start). Lag and parked are counted in
 * MongoDB every {@code regional-days.outbox.metrics-interval}, never while a scrape waits.
 */
class OutboxMetrics {

    private final AtomicLong published = new AtomicLong();
    private final AtomicLong reconciled = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong parkedCount = new AtomicLong();
    private final AtomicReference<Instant> lastPublication;
    private final Clock clock;
    private final PublisherPosition position;
    private final EventSeconds events;
    private final ParkedEvents parked;

    OutboxMetrics(
            MeterRegistry registry, Clock clock, PublisherPosition position, EventSeconds events, ParkedEvents parked) {
        this.clock = clock;
        this.position = position;
        this.events = events;
        this.parked = parked;
        this.lastPublication = new AtomicReference<>(clock.instant());
        FunctionCounter.builder("outbox.published", published, AtomicLong::get)
                .description("Events published to Kafka")
                .register(registry);
        FunctionCounter.builder("outbox.reconciled", reconciled, AtomicLong::get)
                .description(
                        "Events published late by the reconciliation (they became visible after the publisher passed them)")
                .register(registry);
        Gauge.builder("outbox.lag", lag, AtomicLong::get)
                .description("Stored events the publisher has not reached yet")
                .register(registry);
        Gauge.builder("outbox.parked", parkedCount, AtomicLong::get)
                .description("Events that can never be published, parked with their reason")
                .register(registry);
        Gauge.builder("outbox.publication.age", this, OutboxMetrics::secondsSinceLastPublication)
                .description("Seconds since the last event was published")
                .baseUnit("seconds")
                .register(registry);
    }

    void published() {
        published.incrementAndGet();
        lastPublication.set(clock.instant());
    }

    void reconciled() {
        reconciled.incrementAndGet();
    }

    @Scheduled(
            fixedDelayString = "${regional-days.outbox.metrics-interval:PT15S}",
            initialDelayString = "${regional-days.outbox.metrics-interval:PT15S}")
    void count() {
        position.reached().ifPresent(reached -> lag.set(events.countAfter(reached)));
        parkedCount.set(parked.count());
    }

    private double secondsSinceLastPublication() {
        return Duration.between(lastPublication.get(), clock.instant()).toMillis() / 1000.0;
    }
}
