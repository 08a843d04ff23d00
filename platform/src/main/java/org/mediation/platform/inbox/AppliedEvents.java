package org.mediation.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code events.applied}: the consumed events a service applied (not the redeliveries it skipped); its rate is events/s. */
public final class AppliedEvents {

    private AppliedEvents() {}

    public static Counter counter(MeterRegistry meters) {
        return Counter.builder("events.applied")
                .description("Consumed events applied (redeliveries skipped are not counted)")
                .register(meters);
    }
}
