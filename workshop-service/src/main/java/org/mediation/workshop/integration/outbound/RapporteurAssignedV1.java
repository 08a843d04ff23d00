package org.mediation.workshop.integration.outbound;

record RapporteurAssignedV1(String workshopId, String regionalDayId, String userId, String name)
        implements WorkshopEventData {
    static final String TYPE = "workshop.RapporteurAssigned.v1";
}
