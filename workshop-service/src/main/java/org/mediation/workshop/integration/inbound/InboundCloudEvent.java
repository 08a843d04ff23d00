package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The fields this service reads of a CloudEvent in structured JSON mode; everything else is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InboundCloudEvent(String id, String type, JsonNode data) {

    InboundCloudEvent {
        if (id == null || id.isBlank() || type == null || data == null) {
            throw new IllegalArgumentException("Not a CloudEvent with id, type and data");
        }
    }
}
