package org.mediation.workshop.workshop.api;

public record ParticipantUnenrolled(
        String workshopId, String regionalDayId, String registrationId, UnenrolmentReason reason) {}
