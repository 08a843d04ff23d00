package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ParticipantUnenrolled(
        String workshopId, String regionalDayId, String registrationId, UnenrolmentReason reason) {}
