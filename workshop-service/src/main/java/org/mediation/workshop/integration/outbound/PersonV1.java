package org.mediation.workshop.integration.outbound;

/** A facilitator assigned or a speaker added. */
record PersonV1(String workshopId, String regionalDayId, String name, String organisation)
        implements WorkshopEventData {
    static final String FACILITATOR_ASSIGNED = "workshop.FacilitatorAssigned.v1";

    static final String SPEAKER_ADDED = "workshop.SpeakerAdded.v1";
}
