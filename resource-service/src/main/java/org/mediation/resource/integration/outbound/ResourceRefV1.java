package org.mediation.resource.integration.outbound;

/** The data of events that only name the resource and its origin region (withdrawn, shared). */
record ResourceRefV1(String resourceId, String originRegion) {
    static final String WITHDRAWN = "resource.ResourceWithdrawn.v1";

    static final String SHARED = "resource.ResourceShared.v1";
}
