package org.mediation.workshop.integration.outbound;

/**
 * A facilitator or a speaker named or removed, by id only: no name or organisation goes on a topic kept forever. The
 * assignments are version 2 ({@code workshop.FacilitatorAssigned.v1} and {@code workshop.SpeakerAdded.v1} carried the
 * name and organisation and are no longer published); the removals are new.
 */
record PersonRefV2(String workshopId, String regionalDayId, String personId) implements WorkshopEventData {
    static final String FACILITATOR_ASSIGNED = "workshop.FacilitatorAssigned.v2";

    static final String SPEAKER_ADDED = "workshop.SpeakerAdded.v2";

    static final String FACILITATOR_REMOVED = "workshop.FacilitatorRemoved.v1";

    static final String SPEAKER_REMOVED = "workshop.SpeakerRemoved.v1";
}
