package org.mediation.resource.integration.outbound;

record ResourceRequestedV1(
        String resourceId, String regionalDayId, String region, String requestId, String registrationId) {
    static final String TYPE = "resource.ResourceRequested.v1";
}
