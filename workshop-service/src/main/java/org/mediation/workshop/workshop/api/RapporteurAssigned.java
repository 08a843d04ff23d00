package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RapporteurAssigned(String workshopId, String regionalDayId, String userId, String name) {}
