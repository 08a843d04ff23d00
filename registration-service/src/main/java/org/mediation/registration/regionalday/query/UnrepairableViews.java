package org.mediation.registration.regionalday.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The days whose views the repair gave up on: after {@code regional-days.views.repair-attempts} (default 3) attempts
 * in a row that left a day's view behind its store, the day is no longer tried (until the service restarts) and is
 * reported: an error log naming the day and the reason, the gauge {@code registration.views.unrepairable}, and the
 * health component {@code viewRepair} {@code PARKED} (HTTP 200, not part of readiness: the other days serve).
 */
@Component("viewRepairHealthIndicator")
class UnrepairableViews implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(UnrepairableViews.class);

    private final int maxAttempts;
    private final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>();
    private final Set<String> givenUp = ConcurrentHashMap.newKeySet();

    UnrepairableViews(@Value("${regional-days.views.repair-attempts:3}") int maxAttempts, MeterRegistry registry) {
        this.maxAttempts = maxAttempts;
        Gauge.builder("registration.views.unrepairable", givenUp, Set::size)
                .description("Regional days whose views the repair gave up on (see the log for each day)")
                .register(registry);
    }

    boolean givenUp(String dayId) {
        return givenUp.contains(dayId);
    }

    void repaired(String dayId) {
        failedAttempts.remove(dayId);
    }

    /** One more attempt left the day behind: the last one allowed gives the day up (answers whether it did). */
    boolean stillBehind(String dayId, String reason) {
        int attempts = failedAttempts.merge(dayId, 1, Integer::sum);
        if (attempts < maxAttempts) {
            log.warn(
                    "The views of regional day {} are still behind its events (attempt {}): {}",
                    dayId,
                    attempts,
                    reason);
            return false;
        }
        failedAttempts.remove(dayId);
        givenUp.add(dayId);
        log.error(
                "The views of regional day {} cannot be repaired ({} attempts): {}. Its counts and registrations stay"
                        + " behind its events until an operator looks; the repair no longer tries it until a restart.",
                dayId,
                attempts,
                reason);
        return true;
    }

    @Override
    public Health health() {
        return givenUp.isEmpty()
                ? Health.up().build()
                : Health.status("PARKED")
                        .withDetail("days", Set.copyOf(givenUp))
                        .build();
    }
}
