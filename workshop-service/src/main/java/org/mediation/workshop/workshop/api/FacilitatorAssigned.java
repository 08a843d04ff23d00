package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FacilitatorAssigned(String workshopId, String regionalDayId, Person facilitator) {}
