package org.mediation.workshop.integration.outbound;

record ParticipantUnenrolledV1(String workshopId, String regionalDayId, String registrationId, String reason)
        implements WorkshopEventData {}
