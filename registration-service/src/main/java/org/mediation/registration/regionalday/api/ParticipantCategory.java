package org.mediation.registration.regionalday.api;

public enum ParticipantCategory {
    MEDIATOR,
    PROFESSIONAL,
    ELECTED_OFFICIAL,
    LOCAL_ACTOR
}
