package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SpeakerAdded(String workshopId, String regionalDayId, Person speaker) {}
