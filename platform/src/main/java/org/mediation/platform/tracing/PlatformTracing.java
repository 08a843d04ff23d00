package org.mediation.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** Events carry their cause's trace ({@link EventTraces}): on once Micrometer Tracing has its tracer. */
@AutoConfiguration(after = {OpenTelemetryTracingAutoConfiguration.class, MicrometerTracingAutoConfiguration.class})
@ConditionalOnBean({Tracer.class, Propagator.class})
public class PlatformTracing {

    @Bean
    EventTraces eventTraces(Tracer tracer, Propagator propagator) {
        EventTraces traces = new EventTraces(tracer, propagator);
        EventTraces.use(traces);
        return traces;
    }
}
