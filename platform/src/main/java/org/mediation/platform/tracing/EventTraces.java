package org.mediation.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The W3C trace context ({@code traceparent}) that travels with events: taken from the current span when a command is
 * dispatched (an HTTP request's, say), carried in the command's and its events' metadata, written into the published
 * CloudEvent (the distributed tracing extension), and continued by each consumer, which opens a span of that trace for
 * the event it received. Its log lines, at {@code DEBUG}, carry the trace and span ids like every line logged in a
 * span.
 */
public final class EventTraces {

    public static final String TRACEPARENT = "traceparent";

    private static final Logger log = LoggerFactory.getLogger(EventTraces.class);
    private static volatile EventTraces current;

    private final Tracer tracer;
    private final Propagator propagator;

    EventTraces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Made the one consumers and the dispatch use (the platform's configuration does it once). */
    static void use(EventTraces traces) {
        current = traces;
    }

    /** The current span's {@code traceparent}, if a span is current. */
    public static Optional<String> currentTraceparent() {
        EventTraces traces = current;
        if (traces == null || traces.tracer.currentTraceContext().context() == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        traces.propagator.inject(traces.tracer.currentTraceContext().context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** A consumer received an event: a span of the producer's trace, ended at once, in which it says so. */
    public static void received(String traceparent, String type, String id, String source) {
        EventTraces traces = current;
        if (traces == null || traceparent == null) {
            return;
        }
        Span span = traces.propagator
                .extract(Map.of(TRACEPARENT, traceparent), Map::get)
                .name("consume " + type)
                .tag("cloudevents.event_id", id)
                .tag("cloudevents.event_source", source)
                .start();
        try (Tracer.SpanInScope scope = traces.tracer.withSpan(span)) {
            log.debug("Received {} {} from {}", type, id, source);
        } finally {
            span.end();
        }
    }

    /** A command was dispatched in the current span: said in it. */
    static void dispatched(String command) {
        log.debug("Dispatched {}", command);
    }
}
