package org.mediation.platform.cloudevents;

/**
 * A consumed CloudEvent that the topic's producer did not write (another {@code source} or type namespace,
 * {@link TopicProducer}): a permanent failure, dead-lettered at once with the reason.
 */
public class UntrustedCloudEvent extends IllegalArgumentException {

    public UntrustedCloudEvent(String reason) {
        super("Not from the topic's producer: " + reason);
    }
}
