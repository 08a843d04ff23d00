package org.mediation.platform.cloudevents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one producer a topic's consumers trust, named by the topic: {@code <context>-events} carries only CloudEvents of
 * source {@code /<context>} and types {@code <context>.*} (registration-events: {@code /registration},
 * {@code registration.*}). A topic named otherwise has no producer to trust: nothing on it is read.
 */
record TopicProducer(String topic, String source, String typePrefix) {

    private static final Pattern EVENTS_TOPIC = Pattern.compile("([a-z][a-z0-9]*(?:-[a-z0-9]+)*)-events");

    static TopicProducer of(String topic) {
        Matcher context = EVENTS_TOPIC.matcher(topic);
        if (!context.matches()) {
            throw new UntrustedCloudEvent("topic " + topic + " has no known producer");
        }
        return new TopicProducer(topic, "/" + context.group(1), context.group(1) + ".");
    }

    /** The event as read, unless another producer than the topic's wrote it. */
    InboundCloudEvent vouchFor(InboundCloudEvent event) {
        if (!source.equals(event.source())) {
            throw new UntrustedCloudEvent("source " + event.source() + " of " + event.id() + " is not " + source
                    + ", the producer of " + topic);
        }
        if (!event.type().startsWith(typePrefix)) {
            throw new UntrustedCloudEvent(
                    "type " + event.type() + " of " + event.id() + " is not one of " + typePrefix + "* on " + topic);
        }
        return event;
    }
}
