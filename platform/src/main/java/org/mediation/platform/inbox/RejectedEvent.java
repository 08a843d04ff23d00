package org.mediation.platform.inbox;

/**
 * A consumed event that must not be applied, and never will be (e.g. a regional day whose region would change, a
 * document the store refuses): the binder dead-letters it at once, not retried, with {@code reason} in the record's
 * {@code x-exception-message} header for operators, and the consumer goes on with the next record. Final, and named
 * as is in the bindings' retryable-exceptions (platform-defaults.yml), so a store failure among its causes cannot
 * make it retried.
 */
public final class RejectedEvent extends RuntimeException {

    public RejectedEvent(String reason) {
        super(reason);
    }

    public RejectedEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
