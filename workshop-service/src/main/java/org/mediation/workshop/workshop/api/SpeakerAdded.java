package org.mediation.workshop.workshop.api;

public record SpeakerAdded(String workshopId, String regionalDayId, Person speaker) {}
