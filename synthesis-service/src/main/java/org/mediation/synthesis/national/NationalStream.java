package org.mediation.synthesis.national;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mediation.platform.web.TooManyRequests;
import org.mediation.synthesis.access.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/national/stream}: Server-Sent Events, one {@code national-aggregate} event with the current figures
 * on connection, then one per (debounced) change, and a heartbeat comment every {@code synthesis.stream.heartbeat}.
 * A stream ends when its token expires (or after 30 minutes); each caller may hold
 * {@code synthesis.stream.per-subscriber} streams and the service {@code synthesis.stream.total} (429 beyond). Each
 * stream has its own queue of {@code synthesis.stream.queue} events (8), sent by its own task (on at most twice
 * {@code synthesis.stream.total} threads, idle ones ending after 30 s), never on the scheduler
 * that publishes to Kafka: a client that stops reading holds up only its own stream, which is dropped once its queue
 * is full or a send has waited {@code synthesis.stream.drop-after} (10 s) on it (counted in
 * {@code synthesis.stream.dropped}).
 */
@RestController
class NationalStream implements NationalAggregateListener {

    static final String EVENT = "national-aggregate";
    private static final Duration LONGEST = Duration.ofMinutes(30);

    private final LiveNationalAggregate live;
    private final int perSubscriber;
    private final int total;
    private final int queue;
    private final Duration dropAfter;
    private final Clock clock;
    private final Counter dropped;
    private final Map<SseEmitter, StreamSubscription> subscriptions = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor senders;

    NationalStream(
            LiveNationalAggregate live,
            Clock clock,
            MeterRegistry meters,
            @Value("${synthesis.stream.per-subscriber:3}") int perSubscriber,
            @Value("${synthesis.stream.total:200}") int total,
            @Value("${synthesis.stream.queue:8}") int queue,
            @Value("${synthesis.stream.drop-after:10s}") Duration dropAfter) {
        this.live = live;
        this.clock = clock;
        this.perSubscriber = perSubscriber;
        this.total = total;
        this.queue = queue;
        this.dropAfter = dropAfter;
        this.dropped = meters.counter("synthesis.stream.dropped");
        meters.gauge("synthesis.stream.subscribers", subscriptions, Map::size);
        AtomicInteger threads = new AtomicInteger();
        this.senders = new ThreadPoolExecutor( // room for the streams, and for dropped ones whose send still waits
                0,
                2 * total,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                task -> new Thread(task, "national-stream-" + threads.incrementAndGet()));
    }

    @GetMapping(value = "/api/national/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(@AuthenticationPrincipal Jwt jwt) {
        Access.of(jwt).requireNational();
        SseEmitter emitter = new SseEmitter(lifetime(jwt).toMillis());
        StreamSubscription subscription = admit(emitter, jwt.getSubject());
        emitter.onCompletion(() -> subscriptions.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> subscriptions.remove(emitter));
        subscription.offer(SseEmitter.event().name(EVENT).data(live.current(), MediaType.APPLICATION_JSON));
        return emitter;
    }

    @Override
    public void updated(NationalAggregate aggregate) {
        subscriptions
                .values()
                .forEach(subscription ->
                        subscription.offer(SseEmitter.event().name(EVENT).data(aggregate, MediaType.APPLICATION_JSON)));
    }

    @Scheduled(fixedDelayString = "${synthesis.stream.heartbeat:15s}")
    void heartbeat() {
        subscriptions
                .values()
                .forEach(subscription -> subscription.offer(SseEmitter.event().comment("heartbeat")));
    }

    /** Drops the streams a send has waited on for longer than allowed. */
    @Scheduled(fixedDelayString = "${synthesis.stream.drop-check:1s}")
    void dropStalled() {
        subscriptions.values().stream()
                .filter(subscription -> subscription.stalledFor(dropAfter))
                .forEach(StreamSubscription::drop);
    }

    /** Ends every subscription when the service stops, so the graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeSubscriptions() {
        subscriptions.keySet().forEach(SseEmitter::complete);
        subscriptions.clear();
        senders.shutdownNow();
    }

    private synchronized StreamSubscription admit(SseEmitter emitter, String subscriber) {
        long own = subscriptions.values().stream()
                .filter(subscription -> subscriber.equals(subscription.subscriber()))
                .count();
        if (own >= perSubscriber || subscriptions.size() >= total) {
            throw new TooManyRequests(
                    own >= perSubscriber
                            ? "At most " + perSubscriber + " national streams per caller."
                            : "The national stream is at capacity.",
                    Duration.ofSeconds(30));
        }
        StreamSubscription subscription =
                new StreamSubscription(emitter, subscriber, queue, senders, clock, this::ended);
        subscriptions.put(emitter, subscription);
        return subscription;
    }

    private void ended(StreamSubscription subscription) {
        subscriptions.remove(subscription.emitter());
        if (subscription.dropped()) {
            dropped.increment();
        }
    }

    private static Duration lifetime(Jwt jwt) {
        Duration untilExpiry = Duration.between(Instant.now(), jwt.getExpiresAt());
        return untilExpiry.compareTo(LONGEST) < 0 ? untilExpiry : LONGEST;
    }
}
