package org.mediation.workshop.integration.outbound;

record ParticipantUnenrolledV1(String workshopId, String regionalDayId, String registrationId, String reason)
        implements WorkshopEventData {
    static final String TYPE = "workshop.ParticipantUnenrolled.v1";
}
