package org.mediation.platform.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code regional-days.outbox.binding}: the output binding the publisher sends to (its destination is the topic);
 * {@code regional-days.outbox.source}: the CloudEvent source, e.g. {@code /registration}.
 */
@ConfigurationProperties("regional-days.outbox")
public record OutboxProperties(String binding, String source) {}
