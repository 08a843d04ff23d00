package org.mediation.synthesis.national;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mediation.synthesis.access.Access;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/national/stream}: Server-Sent Events, one {@code national-aggregate} event with the current figures
 * on connection, then one per (debounced) change.
 */
@RestController
class NationalStream implements NationalAggregateListener {

    static final String EVENT = "national-aggregate";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final LiveNationalAggregate live;
    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

    NationalStream(LiveNationalAggregate live) {
        this.live = live;
    }

    @GetMapping(value = "/api/national/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(@AuthenticationPrincipal Jwt jwt) {
        Access.of(jwt).requireNational();
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        subscribers.add(emitter);
        send(emitter, live.current());
        return emitter;
    }

    @Override
    public void updated(NationalAggregate aggregate) {
        subscribers.forEach(emitter -> send(emitter, aggregate));
    }

    /** Ends every subscription when the service stops, so the graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeSubscriptions() {
        subscribers.forEach(SseEmitter::complete);
        subscribers.clear();
    }

    private void send(SseEmitter emitter, NationalAggregate aggregate) {
        try {
            emitter.send(SseEmitter.event().name(EVENT).data(aggregate, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
        }
    }
}
