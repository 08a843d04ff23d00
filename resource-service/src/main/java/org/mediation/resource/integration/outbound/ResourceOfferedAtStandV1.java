package org.mediation.resource.integration.outbound;

record ResourceOfferedAtStandV1(String resourceId, String regionalDayId, String region) {
    static final String TYPE = "resource.ResourceOfferedAtStand.v1";
}
