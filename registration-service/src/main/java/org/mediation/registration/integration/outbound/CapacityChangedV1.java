package org.mediation.registration.integration.outbound;

record CapacityChangedV1(String regionalDayId, int capacity) {
    static final String TYPE = "registration.CapacityChanged.v1";
}
