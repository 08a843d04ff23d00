package org.mediation.synthesis.national;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@code synthesis.stream.per-subscriber} streams and the service {@code synthesis.stream.total} (429 beyond). Sends
 * run on the stream's own thread, never on the scheduler that publishes to Kafka.
 */
@RestController
class NationalStream implements NationalAggregateListener {

    static final String EVENT = "national-aggregate";
    private static final Duration LONGEST = Duration.ofMinutes(30);

    private final LiveNationalAggregate live;
    private final int perSubscriber;
    private final int total;
    private final Map<SseEmitter, String> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService sender =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "national-stream"));

    NationalStream(
            LiveNationalAggregate live,
            @Value("${synthesis.stream.per-subscriber:3}") int perSubscriber,
            @Value("${synthesis.stream.total:200}") int total) {
        this.live = live;
        this.perSubscriber = perSubscriber;
        this.total = total;
    }

    @GetMapping(value = "/api/national/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(@AuthenticationPrincipal Jwt jwt) {
        Access.of(jwt).requireNational();
        SseEmitter emitter = new SseEmitter(lifetime(jwt).toMillis());
        admit(emitter, jwt.getSubject());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> subscribers.remove(emitter));
        send(emitter, SseEmitter.event().name(EVENT).data(live.current(), MediaType.APPLICATION_JSON));
        return emitter;
    }

    @Override
    public void updated(NationalAggregate aggregate) {
        sender.execute(() -> subscribers
                .keySet()
                .forEach(emitter ->
                        send(emitter, SseEmitter.event().name(EVENT).data(aggregate, MediaType.APPLICATION_JSON))));
    }

    @Scheduled(fixedDelayString = "${synthesis.stream.heartbeat:15s}")
    void heartbeat() {
        sender.execute(() -> subscribers
                .keySet()
                .forEach(emitter -> send(emitter, SseEmitter.event().comment("heartbeat"))));
    }

    /** Ends every subscription when the service stops, so the graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeSubscriptions() {
        subscribers.keySet().forEach(SseEmitter::complete);
        subscribers.clear();
        sender.shutdownNow();
    }

    private synchronized void admit(SseEmitter emitter, String subscriber) {
        long own = subscribers.values().stream().filter(subscriber::equals).count();
        if (own >= perSubscriber || subscribers.size() >= total) {
            throw new TooManyRequests(
                    own >= perSubscriber
                            ? "At most " + perSubscriber + " national streams per caller."
                            : "The national stream is at capacity.",
                    Duration.ofSeconds(30));
        }
        subscribers.put(emitter, subscriber);
    }

    private static Duration lifetime(Jwt jwt) {
        Duration untilExpiry = Duration.between(Instant.now(), jwt.getExpiresAt());
        return untilExpiry.compareTo(LONGEST) < 0 ? untilExpiry : LONGEST;
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
        }
    }
}
