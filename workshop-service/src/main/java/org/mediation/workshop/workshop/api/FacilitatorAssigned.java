package org.mediation.workshop.workshop.api;

public record FacilitatorAssigned(String workshopId, String regionalDayId, Person facilitator) {}
