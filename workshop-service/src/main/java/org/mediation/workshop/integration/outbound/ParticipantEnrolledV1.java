package org.mediation.workshop.integration.outbound;

record ParticipantEnrolledV1(String workshopId, String regionalDayId, String registrationId)
        implements WorkshopEventData {
    static final String TYPE = "workshop.ParticipantEnrolled.v1";
}
