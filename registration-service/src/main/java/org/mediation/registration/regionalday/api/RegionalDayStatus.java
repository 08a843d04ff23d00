package org.mediation.registration.regionalday.api;

public enum RegionalDayStatus {
    SCHEDULED,
    OPEN,
    CLOSED
}
