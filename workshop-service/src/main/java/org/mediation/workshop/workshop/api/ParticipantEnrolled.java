package org.mediation.workshop.workshop.api;

public record ParticipantEnrolled(String workshopId, String regionalDayId, String registrationId) {}
