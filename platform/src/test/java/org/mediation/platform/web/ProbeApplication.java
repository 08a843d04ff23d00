package org.mediation.platform.web;

import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoTimeoutException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service as small as can be: each endpoint fails the way a real one can. */
@SpringBootConfiguration
class ProbeApplication {

    static final Semaphore ENTERED = new Semaphore(0);
    static final Semaphore GATE = new Semaphore(0);

    @RestController
    static class Probe {

        @GetMapping("/api/concurrent")
        String concurrent() {
            throw new ConcurrencyException("appended meanwhile");
        }

        @GetMapping("/api/unknown")
        String unknown() {
            throw new AggregateNotFoundException("day-1", "not in the store");
        }

        @GetMapping("/api/command-timed-out")
        String commandTimedOut() {
            throw new AxonTimeoutException("UnitOfWork of SimpleCommandBus has timed out.");
        }

        @GetMapping("/api/store-away")
        String storeAway() {
            throw new MongoTimeoutException("Timed out after 30000 ms while waiting for a server");
        }

        @GetMapping("/api/command-interrupted")
        String commandInterrupted() {
            throw new MongoInterruptedException("Interrupted waiting for lock", new InterruptedException());
        }

        @GetMapping("/api/denied")
        String denied() {
            throw new AccessDeniedException("This regional day belongs to another region.");
        }

        @GetMapping("/api/broken")
        String broken() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/api/full")
        String full() {
            throw new CapacityReached();
        }

        @RateLimited(whenParameter = "asOf")
        @GetMapping("/api/expensive")
        String expensive() {
            return "figures";
        }

        /** Holds its place until the test opens {@link #GATE}; says when it is in ({@link #ENTERED}). */
        @Expensive
        @GetMapping("/api/restitution")
        String restitution() throws InterruptedException {
            ENTERED.release();
            return GATE.tryAcquire(10, TimeUnit.SECONDS) ? "restituted" : "gate never opened";
        }

        @PostMapping("/api/echo")
        String echo(@RequestBody String body) {
            return body;
        }
    }

    static class RuleViolation extends RuntimeException {
        RuleViolation(String message) {
            super(message);
        }
    }

    static class CapacityReached extends RuleViolation {
        CapacityReached() {
            super("The regional day is full.");
        }
    }
}
