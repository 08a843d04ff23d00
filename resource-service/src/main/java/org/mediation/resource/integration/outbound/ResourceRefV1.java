package org.mediation.resource.integration.outbound;

/** The data of events that only name the resource and its origin region (withdrawn, shared). */
record ResourceRefV1(String resourceId, String originRegion) {}
