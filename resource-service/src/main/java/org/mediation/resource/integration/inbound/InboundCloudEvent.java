package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The envelope fields this service reads of a consumed CloudEvent (tolerant reader: the rest is ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
record InboundCloudEvent(String id, String type, JsonNode data) {}
