package org.mediation.platform.cloudevents;

/** An event that cannot be written or sent as a CloudEvent. */
public class UnpublishableEvent extends RuntimeException {

    public UnpublishableEvent(String eventId, Throwable cause) {
        super("Event " + eventId + " cannot be published", cause);
    }
}
