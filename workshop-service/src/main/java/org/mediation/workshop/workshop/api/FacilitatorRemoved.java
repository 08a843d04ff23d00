package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FacilitatorRemoved(String workshopId, String regionalDayId, String personId) {}
