package org.mediation.workshop.workshop.api;

public record RapporteurAssigned(String workshopId, String regionalDayId, String userId, String name) {}
