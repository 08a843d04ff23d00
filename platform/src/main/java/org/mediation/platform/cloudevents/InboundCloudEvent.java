package org.mediation.platform.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A consumed CloudEvent, validated: id, source, type and JSON data are always there; subject and time may not be. */
public record InboundCloudEvent(String id, String source, String type, String subject, Instant time, JsonNode data) {}
