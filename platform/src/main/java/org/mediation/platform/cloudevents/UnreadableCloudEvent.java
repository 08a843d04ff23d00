package org.mediation.platform.cloudevents;

/** A consumed record that is not a CloudEvent this system can read: a permanent failure, for the dead-letter topic. */
public class UnreadableCloudEvent extends IllegalArgumentException {

    public UnreadableCloudEvent(String reason, Throwable cause) {
        super("Not a readable CloudEvent: " + reason, cause);
    }
}
